/** Moves to another view of the single-page UI. */
export function go(path) {
  location.hash = `#${path}`;
}

/** Runs fn every `ms` until it returns true or the returned stop function is called; never overlaps itself. */
export function poll(fn, ms) {
  let stopped = false;
  let timer = null;
  const tick = async () => {
    if (stopped) {
      return;
    }
    let done = false;
    try {
      done = await fn();
    } catch {
      done = false;
    }
    if (!done && !stopped) {
      timer = setTimeout(tick, ms);
    }
  };
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** Renders the current view again (after a change that did not move to another address). */
export function rerender() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
