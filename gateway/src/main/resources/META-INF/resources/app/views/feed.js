import {h, show, message} from '../dom.js';
import {get, session} from '../api.js';
import {poll} from '../router.js';
import {strong} from './matches.js';
import {connectAction} from './connections.js';

const ITEMS = 20;
const TOP = 10;
const INTERVAL_MS = 5000;

/**
 * New matches for the signed-in user's own published problems (enterprise) or results (institution), found by
 * polling the match endpoints: what was there when the page opened is listed first, what appears later is
 * marked new, newest on top. Only strong hits are announced, as in the matching-service's match.found events.
 */
export function feedView(app) {
  const user = session.user();
  const state = h('p', {role: 'status'});
  const feed = h('ol', {class: 'feed', 'aria-label': '匹配动态', 'aria-live': 'polite'});
  show(app, h('h2', {}, '匹配动态'), state, feed);
  if (!user?.organisationId || (user.role !== 'enterprise' && user.role !== 'institution')) {
    show(state, '登录企业或机构账号、并创建组织后，这里会实时显示与您的难题或成果新匹配上的对象。');
    return null;
  }
  const enterprise = user.role === 'enterprise';
  const seen = new Set();
  let first = true;
  return poll(async () => {
    try {
      const mine = enterprise
        ? await get(`/problems?enterpriseId=${user.organisationId}&status=PUBLISHED&size=${ITEMS}`)
        : await get(`/results?institutionId=${user.organisationId}&status=PUBLISHED&size=${ITEMS}`);
      const fresh = [];
      for (const item of mine.items) {
        const path = enterprise ? `/matches/problems/${item.id}/results` : `/matches/results/${item.id}/problems`;
        const page = await get(`${path}?size=${TOP}`).catch(() => ({hits: []}));
        for (const hit of page.hits.filter(strong)) {
          const key = `${item.id}/${hit.id}`;
          if (!seen.has(key)) {
            seen.add(key);
            fresh.push({item, hit});
          }
        }
      }
      const at = new Date().toLocaleTimeString('zh-CN');
      for (const {item, hit} of fresh.sort((a, b) => a.hit.score - b.hit.score)) {
        feed.prepend(h('li', {class: first ? 'hit' : 'hit new'},
          first ? null : h('strong', {class: 'badge'}, '新 '),
          `${at} · 「${item.title}」↔「${hit.title}」（${hit.ownerName ?? '保密'}）`,
          hit.matchedTerms?.length ? h('span', {class: 'meta'}, ` 命中词：${hit.matchedTerms.join('、')}`) : null,
          connectAction({kind: enterprise ? 'PROBLEM' : 'RESULT', id: item.id},
            {kind: enterprise ? 'RESULT' : 'PROBLEM', id: hit.id})));
      }
      show(state, `每 ${INTERVAL_MS / 1000} 秒刷新 · 共 ${seen.size} 条匹配 · 最近刷新 ${at}`);
      first = false;
    } catch (error) {
      show(state, message(error.message, 'error'));
    }
    return false;
  }, INTERVAL_MS);
}
