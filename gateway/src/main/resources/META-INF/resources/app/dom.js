// Builds DOM nodes from data without ever parsing it as HTML: every string becomes a text node or an
// attribute value, so user-provided text cannot inject markup.

let nextId = 0;

/** h('tag', {attr: value, onclick: fn, class: 'x'}, ...children); children may be strings, nodes, arrays, null. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' || name === 'selected' || name === 'disabled') {
      element[name] = Boolean(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.appendChild(child);
    } else {
      element.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's content. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A labelled form control: <label for=id>text</label> + the control (found by tests and screen readers by its label). */
export function field(label, control, hint) {
  const id = control.id || `f${++nextId}`;
  control.id = id;
  const hintNode = hint ? h('small', {id: `${id}-hint`, class: 'hint'}, hint) : null;
  if (hintNode) {
    control.setAttribute('aria-describedby', hintNode.id);
  }
  return h('div', {class: 'field'}, h('label', {for: id}, label), control, hintNode);
}

/** A <select> over [value, text] pairs. */
export function select(name, options, selected, props = {}) {
  return h('select', {name, ...props},
    options.map(([value, text]) => h('option', {value, selected: value === selected}, text)));
}

/** A status line announced to screen readers; kind 'error' makes it an alert. */
export function message(text, kind = 'info') {
  return h('p', {class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status'}, text);
}

export function formValues(form) {
  return Object.fromEntries(new FormData(form).entries());
}
