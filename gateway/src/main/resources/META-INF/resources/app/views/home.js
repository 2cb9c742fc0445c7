import {h, show, field, select, message} from '../dom.js';
import {get} from '../api.js';
import {explanation, loadFactNames} from './matches.js';

/** Free-text search over published results or problems, each hit with its matched words. */
export function homeView(app) {
  const summary = h('div', {'aria-live': 'polite'});
  const hits = h('ol', {class: 'hits', 'aria-label': '搜索结果'});
  const kind = select('kind', [['results', '找科技成果'], ['problems', '找技术难题']], 'results');
  const query = h('input', {type: 'search', name: 'q', required: true,
    placeholder: '输入技术关键词，例如：固态储氢、伺服直驱、维生素C'});
  const form = h('form', {class: 'inline', role: 'search', onsubmit: async event => {
    event.preventDefault();
    try {
      await loadFactNames();
      const body = await get(`/search/${kind.value}?q=${encodeURIComponent(query.value)}&size=20`);
      show(summary, message(`共 ${body.total} 条；分词：${body.queryTerms.join(' / ')}`));
      show(hits, body.hits.map(hit => h('li', {class: 'hit'},
        h('h3', {}, hit.title),
        h('p', {}, hit.snippet),
        h('p', {class: 'meta'}, `${hit.ownerName ?? '（保密）'} · 相关度 ${hit.score.toFixed(3)}`),
        explanation(hit))));
    } catch (error) {
      show(summary, message(error.message, 'error'));
      show(hits);
    }
  }}, field('搜索对象', kind), field('关键词', query), h('button', {type: 'submit'}, '搜索'));
  show(app, h('h2', {}, '找成果 · 找需求'), form, summary, hits);
}
