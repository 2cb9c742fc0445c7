// From a match to a cooperation: connection requests (对接申请), the contact details they unlock, the message
// thread between the two sides and the cooperation (合作项目) that follows, stage by stage.
import {h, show, field, select, message, formValues} from '../dom.js';
import {get, post, request, session} from '../api.js';
import {COOPERATION, CONNECTION_STATUS, COOPERATION_STAGE, DECLINE_REASON, ROLE, pairs} from '../labels.js';
import {rerender} from '../router.js';

const KIND_LABEL = {PROBLEM: '技术难题', RESULT: '科技成果'};
const FORWARD = ['INITIAL_CONTACT', 'NEGOTIATING', 'INTENT_SIGNED', 'CONTRACT_SIGNED', 'IMPLEMENTING', 'INDUSTRIALISED'];
const FINAL = new Set(['INDUSTRIALISED', 'TERMINATED']);

const when = instant => (instant ? new Date(instant).toLocaleString('zh-CN', {hour12: false}) : '');

/** The button under a ranked counterpart that opens the request form; only for the owner of the item matched from. */
export function connectAction(fromItem, toItem) {
  const status = h('div');
  const form = h('form', {class: 'connect', hidden: true, 'aria-label': '对接申请'});
  const open = h('button', {type: 'button', onclick: () => {
    form.hidden = false;
    open.hidden = true;
    form.querySelector('textarea').focus();
  }}, '申请对接');
  show(form,
    field('对接留言', h('textarea', {name: 'message', rows: 3, maxlength: 2000, required: true}),
      '说明合作意向，对方接受后双方可见彼此的联系方式（最多 2000 字）'),
    h('fieldset', {}, h('legend', {}, '设想的合作方式'),
      pairs(COOPERATION).map(([code, name]) =>
        h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'cooperationModes', value: code}), name))),
    h('button', {type: 'submit'}, '发送对接申请'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const modes = [...form.querySelectorAll('input[name=cooperationModes]:checked')].map(box => box.value);
    try {
      await post('/connections', {fromItem, toItem, message: formValues(form).message, cooperationModes: modes});
      form.hidden = true;
      show(status, message('对接申请已发送，对方处理后会在「对接与合作」中通知您。'));
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  });
  return h('div', {class: 'connect-action'}, open, form, status);
}

function counterpart(connection) {
  const mine = session.user()?.organisationId;
  return connection.requester?.id === mine ? connection.receiver : connection.requester;
}

function connectionRow(connection) {
  const other = counterpart(connection);
  return h('tr', {},
    h('td', {}, h('a', {href: `#/connections/${connection.id}`}, `${connection.fromItem.title} ⇄ ${connection.toItem.title}`)),
    h('td', {}, other?.name ?? '（保密）'),
    h('td', {}, CONNECTION_STATUS[connection.status] ?? connection.status),
    h('td', {}, when(connection.createdAt)));
}

function connectionTable(label, connections, empty) {
  return h('section', {'aria-label': label}, h('h3', {}, label),
    connections.length === 0 ? h('p', {class: 'meta'}, empty)
      : h('table', {}, h('thead', {}, h('tr', {}, ['对接事项', '对方', '状态', '申请时间'].map(t => h('th', {}, t)))),
        h('tbody', {}, connections.map(connectionRow))));
}

/** 对接与合作: the requests this organisation received and sent, and its cooperations. */
export async function connectionsView(app) {
  const [incoming, outgoing, cooperations] = await Promise.all([
    get('/connections?box=incoming&size=100'), get('/connections?box=outgoing&size=100'), get('/cooperations?size=100')]);
  show(app, h('h2', {}, '对接与合作'),
    connectionTable('收到的对接申请', incoming.items, '还没有收到对接申请。'),
    connectionTable('发出的对接申请', outgoing.items, '还没有发出对接申请。在难题或成果的匹配结果中点击「申请对接」。'),
    cooperationTable('合作项目', cooperations.items, '对接申请被接受后，合作项目会出现在这里。'));
}

/** One request: who asks, why they match, the answer; after acceptance the contact details, messages and cooperation. */
export async function connectionView(app, id) {
  const connection = await get(`/connections/${id}`);
  const user = session.user();
  const other = counterpart(connection);
  const receiving = connection.receiver?.id === user?.organisationId;
  const status = h('div');
  const act = (path, body) => async () => {
    try {
      await post(`/connections/${id}/${path}`, body);
      rerender();
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  };
  const pending = connection.status === 'PENDING';
  const decline = h('form', {class: 'inline', 'aria-label': '婉拒申请'},
    field('婉拒原因', select('reason', pairs(DECLINE_REASON), 'NOT_RELEVANT')),
    field('补充说明（选填）', h('input', {name: 'note', maxlength: 500})),
    h('button', {type: 'submit'}, '婉拒'));
  decline.addEventListener('submit', event => {
    event.preventDefault();
    const values = formValues(decline);
    act('decline', {reason: values.reason, note: values.note || undefined})();
  });
  show(app,
    h('h2', {}, `对接申请：${connection.fromItem.title} ⇄ ${connection.toItem.title}`),
    h('p', {class: 'meta'}, [`状态：${CONNECTION_STATUS[connection.status] ?? connection.status}`,
      `${receiving ? '申请方' : '接收方'}：${other?.name ?? '（保密）'}`, `申请时间：${when(connection.createdAt)}`].join(' · ')),
    h('dl', {class: 'counts'},
      h('dt', {}, KIND_LABEL[connection.fromItem.kind] ?? ''), h('dd', {}, connection.fromItem.title),
      h('dt', {}, KIND_LABEL[connection.toItem.kind] ?? ''), h('dd', {}, connection.toItem.title),
      h('dt', {}, '设想的合作方式'), h('dd', {}, (connection.cooperationModes ?? []).map(m => COOPERATION[m] ?? m).join('、') || '未填写'),
      connection.explanation?.matchedTerms?.length
        ? [h('dt', {}, '匹配理由'), h('dd', {}, '命中词：', connection.explanation.matchedTerms.map(t => [h('mark', {}, t), ' ']))]
        : null,
      connection.declineReason
        ? [h('dt', {}, '婉拒原因'), h('dd', {}, [DECLINE_REASON[connection.declineReason], connection.declineNote].filter(Boolean).join('：'))]
        : null),
    h('blockquote', {class: 'message-text', 'aria-label': '对接留言'}, connection.message),
    pending && receiving ? h('div', {}, h('button', {type: 'button', onclick: act('accept')}, '接受对接'), decline) : null,
    pending && !receiving && user?.role !== 'admin' && user?.role !== 'organiser'
      ? h('button', {type: 'button', onclick: act('withdraw')}, '撤回申请') : null,
    status);
  if (connection.status !== 'ACCEPTED') {
    return null;
  }
  const contactSection = h('section', {'aria-label': '对方联系方式'}, h('h3', {}, '对方联系方式'), message('正在读取联系方式…'));
  const thread = h('section', {'aria-label': '对接消息'});
  const cooperation = h('section', {'aria-label': '合作项目'});
  app.append(contactSection, thread, cooperation);
  await Promise.all([
    showContact(contactSection, other),
    showThread(thread, id),
    connection.cooperationId ? showCooperation(cooperation, connection.cooperationId) : null]);
  return null;
}

/** The other side's contact details, read from the service that owns them once the grant has reached it. */
async function showContact(section, organisation) {
  const path = organisation.type === 'ENTERPRISE' ? `/enterprises/${organisation.id}` : `/institutions/${organisation.id}`;
  for (let attempt = 0; attempt < 40; attempt++) {
    const owner = await get(path).catch(() => null);
    if (owner?.contact) {
      show(section, h('h3', {}, '对方联系方式'), h('dl', {class: 'counts'},
        h('dt', {}, '单位'), h('dd', {}, owner.name),
        h('dt', {}, '联系人'), h('dd', {}, owner.contact.person ?? '未填写'),
        h('dt', {}, '电话'), h('dd', {}, owner.contact.phone ?? '未填写'),
        h('dt', {}, '邮箱'), h('dd', {}, owner.contact.email ?? '未填写')));
      return;
    }
    // the grant travels through Kafka to the owner's service: it is there within moments of the acceptance
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  show(section, h('h3', {}, '对方联系方式'), message('联系方式尚未同步，请稍后刷新页面。'));
}

async function showThread(section, id) {
  const thread = await get(`/connections/${id}/messages`);
  const mine = session.user()?.organisationId;
  const form = h('form', {'aria-label': '发送消息'},
    field('新消息', h('textarea', {name: 'text', rows: 3, maxlength: 2000, required: true})),
    h('button', {type: 'submit'}, '发送'));
  const status = h('div');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await post(`/connections/${id}/messages`, {text: formValues(form).text});
      await showThread(section, id);
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  });
  show(section, h('h3', {}, `对接消息${thread.unread ? `（${thread.unread} 条未读）` : ''}`),
    thread.items.length === 0 ? h('p', {class: 'meta'}, '还没有消息。')
      : h('ol', {class: 'thread'}, thread.items.map(item => h('li', {class: item.author?.id === mine ? 'own' : 'theirs'},
        h('p', {class: 'meta'}, `${item.author?.name ?? ''} · ${when(item.sentAt)}${item.author?.id === mine && item.readByOther ? ' · 对方已读' : ''}`),
        h('p', {}, item.text)))),
    form, status);
  if (thread.unread) {
    await request('POST', `/connections/${id}/messages/read`).catch(() => null);
  }
}

function stageLabel(stage) {
  return COOPERATION_STAGE[stage] ?? stage;
}

/** One cooperation's stage, history and (for the two sides) the form that moves it on. */
async function showCooperation(section, id) {
  const {body: cooperation, etag} = await request('GET', `/cooperations/${id}`);
  const user = session.user();
  const party = (cooperation.parties ?? []).some(p => p.id === user?.organisationId);
  const bureau = user?.role === 'admin' || user?.role === 'organiser';
  const status = h('div');
  const version = etag ? etag.replaceAll('"', '').replace(/^W\//, '') : cooperation.version;
  const later = FORWARD.slice(FORWARD.indexOf(cooperation.stage) + 1);
  const stageForm = h('form', {'aria-label': '推进合作阶段'});
  const contractFields = h('div', {hidden: true},
    field('合同金额（万元）', h('input', {name: 'contractAmount', type: 'number', min: '0.01', step: '0.01'})),
    field('合作方式', select('cooperationMode', pairs(COOPERATION), 'JOINT_DEVELOPMENT')));
  const reasonField = h('div', {hidden: true}, field('终止原因', h('input', {name: 'reason', maxlength: 500})));
  const stageSelect = select('stage', [...later, 'TERMINATED'].map(s => [s, stageLabel(s)]), later[0] ?? 'TERMINATED');
  const toggle = () => {
    contractFields.hidden = stageSelect.value !== 'CONTRACT_SIGNED';
    reasonField.hidden = stageSelect.value !== 'TERMINATED';
  };
  stageSelect.addEventListener('change', toggle);
  show(stageForm, field('新阶段', stageSelect), contractFields, reasonField,
    field('说明（选填）', h('input', {name: 'note', maxlength: 2000})), h('button', {type: 'submit'}, '更新阶段'));
  toggle();
  stageForm.addEventListener('submit', async event => {
    event.preventDefault();
    const values = formValues(stageForm);
    const body = {stage: values.stage, note: values.note || undefined};
    if (values.stage === 'CONTRACT_SIGNED') {
      body.contractAmount = values.contractAmount === '' ? undefined : Number(values.contractAmount);
      body.cooperationMode = values.cooperationMode;
    }
    if (values.stage === 'TERMINATED') {
      body.reason = values.reason || undefined;
    }
    try {
      await request('POST', `/cooperations/${id}/stages`, {json: body, ifMatch: version});
      await showCooperation(section, id);
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  });
  show(section, h('h3', {}, `合作项目：${cooperation.title}`),
    h('p', {class: 'meta'}, `当前阶段：${cooperation.stageLabel ?? stageLabel(cooperation.stage)}`
      + (cooperation.keyProject ? ' · 重点跟踪项目' : '')),
    h('ol', {class: 'history', 'aria-label': '阶段记录'}, (cooperation.history ?? []).map(step => h('li', {},
      `${when(step.at)} ${stageLabel(step.stage)}`,
      step.contractAmount ? ` · 合同金额 ${step.contractAmount} 万元` : '',
      step.cooperationMode ? ` · ${COOPERATION[step.cooperationMode] ?? step.cooperationMode}` : '',
      step.reason ? ` · 原因：${step.reason}` : '', step.note ? ` · ${step.note}` : '',
      step.by ? h('span', {class: 'meta'}, ` （${step.by.organisation ?? ROLE[step.by.role] ?? step.by.role}）`) : null))),
    party && !FINAL.has(cooperation.stage) ? stageForm : null,
    bureau ? bureauTools(cooperation, version, () => showCooperation(section, id)) : null,
    status);
}

/** What the bureau adds to a cooperation: the key-project mark and its follow-up notes (跟踪记录). */
function bureauTools(cooperation, version, refresh) {
  const status = h('div');
  const notes = h('form', {'aria-label': '添加跟踪记录'},
    field('跟踪记录', h('textarea', {name: 'note', rows: 2, maxlength: 2000, required: true})),
    h('button', {type: 'submit'}, '添加跟踪记录'));
  notes.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await post(`/cooperations/${cooperation.id}/follow-ups`, {note: formValues(notes).note});
      await refresh();
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  });
  return h('div', {class: 'bureau'},
    h('button', {type: 'button', onclick: async () => {
      try {
        await request('PUT', `/cooperations/${cooperation.id}/key-project`, {json: {key: !cooperation.keyProject}});
        await refresh();
      } catch (error) {
        show(status, message(error.message, 'error'));
      }
    }}, cooperation.keyProject ? '取消重点跟踪' : '标记为重点跟踪项目'),
    h('ul', {'aria-label': '跟踪记录列表'}, (cooperation.followUps ?? []).map(f => h('li', {}, `${when(f.at)} ${f.note}`))),
    notes, status);
}

function cooperationTable(label, cooperations, empty) {
  return h('section', {'aria-label': label}, h('h3', {}, label),
    cooperations.length === 0 ? h('p', {class: 'meta'}, empty)
      : h('table', {}, h('thead', {}, h('tr', {}, ['合作项目', '合作双方', '阶段', '最近更新'].map(t => h('th', {}, t)))),
        h('tbody', {}, cooperations.map(c => h('tr', {},
          h('td', {}, h('a', {href: `#/cooperations/${c.id}`}, c.title), c.keyProject ? h('span', {class: 'badge'}, ' ★重点') : null),
          h('td', {}, (c.parties ?? []).map(p => p.name).join(' ⇄ ')),
          h('td', {}, c.stageLabel ?? stageLabel(c.stage)),
          h('td', {}, when(c.lastUpdateAt)))))));
}

/** The bureau's list (合作项目跟踪): every cooperation, key projects first, with a filter for stale ones. */
export async function cooperationsView(app) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const filter = params.get('filter') ?? 'all';
  const query = filter === 'key' ? '&keyProject=true' : filter === 'stale' ? '&stale=true' : '';
  const page = await get(`/cooperations?size=200${query}`);
  const tabs = [['all', '全部合作项目'], ['key', '重点跟踪项目'], ['stale', '长期未更新']];
  show(app, h('h2', {}, '合作项目跟踪'),
    h('p', {}, tabs.map(([key, text]) => key === filter ? h('strong', {}, text)
      : h('a', {href: `#/cooperations?filter=${key}`}, text)).flatMap(node => [node, ' · ']).slice(0, -1)),
    cooperationTable(tabs.find(([key]) => key === filter)[1], page.items, '没有符合条件的合作项目。'));
}

/** One cooperation on a page of its own (from the lists). */
export async function cooperationView(app, id) {
  const section = h('section');
  show(app, h('p', {}, h('a', {href: '#/cooperations'}, '← 合作项目')), section);
  await showCooperation(section, id);
  return null;
}
