// Ranked counterparts with their reasons, as the matching-service explains them (`why`).
import {h} from '../dom.js';
import {COOPERATION, MATURITY, STRENGTH, STRUCTURE_FACT, referenceData} from '../labels.js';

const percent = value => `${(value * 100).toFixed(1)}%`;

const REFERENCE_OF_FACT = {industryChain: 'industry-chain', technicalField: 'technical-field', district: 'district'};
const ENUM_OF_FACT = {cooperationMode: COOPERATION, maturity: MATURITY};
const factNames = new Map();

/** Loads the names of reference codes that agreed facts name; without them the codes are shown. */
export async function loadFactNames() {
  await Promise.all(Object.entries(REFERENCE_OF_FACT).map(async ([fact, kind]) => {
    if (!factNames.has(fact)) {
      factNames.set(fact, new Map(await referenceData(kind).catch(() => [])));
    }
  }));
}

/** "industryChain:new-materials" → "产业链：新材料" */
function fact(agreed) {
  const [name, ...rest] = agreed.split(':');
  const code = rest.join(':');
  const value = factNames.get(name)?.get(code) ?? ENUM_OF_FACT[name]?.[code] ?? code;
  return `${STRUCTURE_FACT[name] ?? name}：${value}`;
}

/** The reasons of one hit: matched words, semantic similarity, each retriever's rank, the facts that agreed. */
export function explanation(hit) {
  const why = hit.why ?? {};
  const reasons = [];
  if (hit.matchedTerms?.length) {
    reasons.push(h('li', {}, '命中词：', hit.matchedTerms.map(term => [h('mark', {}, term), ' '])));
  }
  if (why.similarity !== null && why.similarity !== undefined) {
    reasons.push(h('li', {}, `语义相似度 ${percent(why.similarity)}`));
  }
  const parts = [['分词检索', why.segmented], ['字词检索', why.grams], ['语义检索', why.semantic]]
    .filter(([, part]) => part && part.rank !== null && part.rank !== undefined)
    .map(([name, part]) => `${name}第 ${part.rank} 名`);
  if (parts.length) {
    reasons.push(h('li', {}, parts.join('，')));
  }
  if (why.structure?.agreed?.length) {
    reasons.push(h('li', {}, '一致的结构化信息：', why.structure.agreed.map(fact).join('、')));
  }
  return h('ul', {class: 'reasons', 'aria-label': '匹配理由'}, reasons);
}

/** Whether the matching-service calls a hit a match (strength 强); weaker hits are only related. */
export const strong = hit => hit.why?.strength === 'STRONG';

/** "匹配强度：强" — a level a person can read, instead of a fused score that means nothing on its own. */
export const strengthLabel = hit => `匹配强度：${STRENGTH[hit.why?.strength] ?? '弱'}`;

/** One ranked counterpart as a list item, with an optional action under it (e.g. the connection request). */
export function rankedItem(hit, rank, action = null) {
  return h('li', {class: `hit strength-${(hit.why?.strength ?? 'WEAK').toLowerCase()}`},
    h('h3', {}, `${rank}. ${hit.title}`),
    h('p', {class: 'meta'}, [strengthLabel(hit), hit.ownerName ?? '（保密）',
      hit.maturity ? `成熟度：${MATURITY[hit.maturity] ?? hit.maturity}` : null].filter(Boolean).join(' · ')),
    h('p', {}, hit.snippet),
    explanation(hit),
    action);
}
