import {h, show, field, select, message, formValues} from '../dom.js';
import {ApiError, get, post, put, refreshSession, session} from '../api.js';
import {COOPERATION, MATURITY, PROBLEM_STATUS, SIZE_CLASS, VISIBILITY, pairs, referenceData} from '../labels.js';
import {go, poll, rerender} from '../router.js';
import {loadFactNames, rankedItem, strong} from './matches.js';
import {connectAction} from './connections.js';

const list = text => (text ?? '').split(/[,，;；、\s]+/).map(word => word.trim()).filter(Boolean);
const orNull = text => (text === undefined || text === '' ? null : text);

/** The enterprise user's home: create the enterprise first, then its problems. */
export async function enterpriseView(app) {
  const user = session.user();
  if (!user.organisationId) {
    show(app, h('h2', {}, '创建企业'), await enterpriseForm());
    return;
  }
  const enterprise = await get(`/enterprises/${user.organisationId}`);
  const problems = await get(`/problems?enterpriseId=${user.organisationId}&size=100&sort=-updatedAt`);
  show(app,
    h('h2', {}, enterprise.name),
    h('p', {class: 'meta'}, `统一社会信用代码 ${enterprise.creditCode} · ${SIZE_CLASS[enterprise.sizeClass] ?? ''}企业`),
    h('p', {}, h('a', {href: '#/problems/new', class: 'button'}, '发布新难题')),
    h('h3', {}, '我的技术难题'),
    problems.items.length === 0 ? message('还没有技术难题。')
      : h('table', {'aria-label': '我的技术难题'},
        h('thead', {}, h('tr', {}, h('th', {}, '标题'), h('th', {}, '状态'), h('th', {}, '更新时间'), h('th', {}, '操作'))),
        h('tbody', {}, problems.items.map(problem => h('tr', {},
          h('td', {}, h('a', {href: `#/problems/${problem.id}`}, problem.title)),
          h('td', {}, PROBLEM_STATUS[problem.status] ?? problem.status),
          h('td', {}, new Date(problem.updatedAt).toLocaleString('zh-CN')),
          h('td', {}, h('a', {href: `#/problems/${problem.id}/edit`}, '编辑')))))));
}

async function enterpriseForm() {
  const status = h('div');
  const [districts, chains] = await Promise.all([referenceData('district'), referenceData('industry-chain')]);
  const form = h('form', {'aria-label': '创建企业', onsubmit: async event => {
    event.preventDefault();
    const values = formValues(form);
    try {
      await post('/enterprises', {
        name: values.name, creditCode: values.creditCode.trim().toUpperCase(), district: values.district,
        industryChains: [values.industryChain], sizeClass: values.sizeClass,
        contact: {person: orNull(values.person), phone: orNull(values.phone), email: orNull(values.email)},
      });
      await refreshSession();
      rerender();
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  }},
  field('企业名称', h('input', {name: 'name', required: true, maxlength: 200})),
  field('统一社会信用代码', h('input', {name: 'creditCode', required: true, minlength: 18, maxlength: 18}), '18 位，含校验位'),
  field('所在区域', select('district', districts, districts[0]?.[0])),
  field('主要产业链', select('industryChain', chains, chains[0]?.[0])),
  field('企业规模', select('sizeClass', pairs(SIZE_CLASS), 'SMALL')),
  field('联系人', h('input', {name: 'person', maxlength: 64})),
  field('联系电话', h('input', {name: 'phone', type: 'tel'})),
  field('联系邮箱', h('input', {name: 'email', type: 'email'})),
  h('button', {type: 'submit'}, '创建企业'));
  return h('div', {}, form, status);
}

/** Post a new problem, or edit one (id given): the form, then optionally publishing it. */
export async function problemEditView(app, id) {
  const user = session.user();
  const chains = await referenceData('industry-chain');
  let current = null;
  if (id) {
    current = await get(`/problems/${id}`);
  }
  const status = h('div');
  const modes = h('fieldset', {}, h('legend', {}, '可接受的合作方式'), pairs(COOPERATION).map(([value, text]) =>
    h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'cooperationModes', value,
      checked: current?.cooperationModes?.includes(value)}), text)));
  const form = h('form', {'aria-label': id ? '编辑技术难题' : '发布技术难题', onsubmit: async event => {
    event.preventDefault();
    const values = formValues(form);
    const input = {
      enterpriseId: current?.enterpriseId ?? user.organisationId,
      title: values.title, description: values.description, industryChain: values.industryChain,
      keywords: list(values.keywords),
      cooperationModes: [...form.querySelectorAll('input[name=cooperationModes]:checked')].map(box => box.value),
      budgetMin: orNull(values.budgetMin), budgetMax: orNull(values.budgetMax),
      expectedMaturity: orNull(values.expectedMaturity), deadline: orNull(values.deadline),
      visibility: values.visibility,
    };
    try {
      let saved = id ? await put(`/problems/${id}`, input, {ifMatch: current.version}) : await post('/problems', input);
      if (values.publish && saved.status === 'DRAFT') {
        saved = await put(`/problems/${saved.id}/status`, {status: 'PUBLISHED'}, {ifMatch: saved.version});
      }
      go(`/problems/${saved.id}`);
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  }},
  field('难题标题', h('input', {name: 'title', required: true, maxlength: 200, value: current?.title})),
  field('难题描述', h('textarea', {name: 'description', required: true, rows: 6, value: current?.description})),
  field('所属产业链', select('industryChain', chains, current?.industryChain ?? chains[0]?.[0])),
  field('关键词', h('input', {name: 'keywords', value: current?.keywords?.join('、')}), '用顿号或逗号分隔'),
  modes,
  field('期望成熟度', select('expectedMaturity', [['', '不限'], ...pairs(MATURITY)], current?.expectedMaturity ?? '')),
  field('预算下限（万元）', h('input', {name: 'budgetMin', type: 'number', min: 0, step: '0.01', value: current?.budgetMin})),
  field('预算上限（万元）', h('input', {name: 'budgetMax', type: 'number', min: 0, step: '0.01', value: current?.budgetMax})),
  field('截止日期', h('input', {name: 'deadline', type: 'date', value: current?.deadline})),
  field('公开范围', select('visibility', pairs(VISIBILITY), current?.visibility ?? 'PUBLIC')),
  current && current.status !== 'DRAFT' ? null
    : h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'publish', value: 'true', checked: true}), '保存后立即发布'),
  h('button', {type: 'submit'}, id ? '保存修改' : '保存难题'));
  show(app, h('h2', {}, id ? '编辑技术难题' : '发布技术难题'), form, status);
}

/** One problem and the research results that could solve it, best first, each with why. */
export async function problemView(app, id) {
  const problem = await get(`/problems/${id}`);
  const user = session.user();
  const own = user?.organisationId && user.organisationId === problem.enterpriseId;
  const status = h('div');
  const actions = own ? h('p', {}, h('a', {href: `#/problems/${id}/edit`, class: 'button'}, '编辑'), ' ',
    problem.allowedTransitions.map(next => h('button', {type: 'button', onclick: async () => {
      try {
        await put(`/problems/${id}/status`, {status: next}, {ifMatch: problem.version});
        rerender();
      } catch (error) {
        show(status, message(error.message, 'error'));
      }
    }}, `改为「${PROBLEM_STATUS[next] ?? next}」`))) : null;
  const matchState = h('div');
  const ranked = h('ol', {class: 'hits ranked', 'aria-label': '推荐的科技成果'});
  const weaker = h('ol', {class: 'hits ranked weaker', 'aria-label': '其他相关成果'});
  const weakerHeading = h('h3', {hidden: true}, '其他相关成果（匹配度中、弱，仅供参考）');
  show(app,
    h('h2', {}, problem.title),
    h('p', {class: 'meta'}, `${problem.enterpriseName ?? '（保密）'} · 状态：${PROBLEM_STATUS[problem.status] ?? problem.status}`),
    h('p', {class: 'description'}, problem.description),
    actions, status,
    h('h3', {}, '可能解决此难题的科技成果'), matchState, ranked, weakerHeading, weaker);
  if (problem.status !== 'PUBLISHED' && problem.status !== 'IN_TALKS') {
    show(matchState, message('难题发布后才会推荐科技成果。'));
    return null;
  }
  show(matchState, message('正在匹配科技成果…'));
  await loadFactNames();
  return poll(async () => {
    try {
      const page = await get(`/matches/problems/${id}/results?size=10`);
      // only strong hits are called matches; the rest are listed apart, so noise never looks like a match
      const matches = page.hits.filter(strong);
      const others = page.hits.filter(hit => !strong(hit));
      const connect = hit => (own ? connectAction({kind: 'PROBLEM', id}, {kind: 'RESULT', id: hit.id}) : null);
      show(ranked, matches.map((hit, index) => rankedItem(hit, index + 1, connect(hit))));
      show(weaker, others.map((hit, index) => rankedItem(hit, index + 1, connect(hit))));
      weakerHeading.hidden = others.length === 0;
      show(matchState, message(matches.length ? `找到 ${matches.length} 项高匹配成果，按匹配度排序。`
        : page.hits.length ? '暂无高匹配成果。下面是匹配度较弱的相关成果，新成果发布后会自动更新。'
          : '暂无高匹配成果，新成果发布后会自动出现。'));
      return matches.length > 0;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        show(matchState, message(error.message, 'error'));
      }
      return false;
    }
  }, 2000);
}
