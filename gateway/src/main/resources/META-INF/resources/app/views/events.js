import {h, show, field, select, message, formValues} from '../dom.js';
import {api, download, get, post, put} from '../api.js';
import {EVENT_KIND, EVENT_STATUS, MEETING_SOURCE, OUTCOME, pairs} from '../labels.js';
import {go, rerender} from '../router.js';

const number = text => (text === undefined || text === '' ? null : Number(text));

/** The organiser's events, and a form for a new one. */
export async function eventsView(app) {
  const events = await get('/events?size=100');
  const status = h('div');
  const form = h('form', {'aria-label': '创建对接活动', onsubmit: async event => {
    event.preventDefault();
    const v = formValues(form);
    const breaks = v.breakAfter ? [{afterSlot: number(v.breakAfter), minutes: number(v.breakMinutes) ?? 15}] : [];
    try {
      const created = await post('/events', {
        name: v.name, kind: v.kind, venue: v.venue || null, date: v.date,
        slots: {start: v.start, minutes: number(v.minutes), count: number(v.count), breaks},
        tables: number(v.tables), roomUrlTemplate: v.roomUrlTemplate || null,
        defaultMinMeetings: number(v.minMeetings), defaultMaxMeetings: number(v.maxMeetings),
      });
      go(`/events/${created.id}`);
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  }},
  field('活动名称', h('input', {name: 'name', required: true, maxlength: 200})),
  field('活动形式', select('kind', pairs(EVENT_KIND), 'ON_SITE')),
  field('举办地点', h('input', {name: 'venue', maxlength: 300})),
  field('活动日期', h('input', {name: 'date', type: 'date', required: true})),
  field('首场开始时间', h('input', {name: 'start', type: 'time', required: true, value: '09:00'})),
  field('每场时长（分钟）', h('input', {name: 'minutes', type: 'number', min: 5, max: 240, required: true, value: 20})),
  field('场次数', h('input', {name: 'count', type: 'number', min: 1, max: 100, required: true, value: 6})),
  field('茶歇在第几场之后', h('input', {name: 'breakAfter', type: 'number', min: 1}), '不设茶歇可留空'),
  field('茶歇时长（分钟）', h('input', {name: 'breakMinutes', type: 'number', min: 1, max: 240, value: 15})),
  field('洽谈桌数', h('input', {name: 'tables', type: 'number', min: 1, max: 500, required: true, value: 10})),
  field('线上会议室地址模板', h('input', {name: 'roomUrlTemplate', maxlength: 500}), '线上活动填写，例如 https://meet.example/ib-{event}-{table}'),
  field('每方最少会谈数', h('input', {name: 'minMeetings', type: 'number', min: 0, max: 100, value: 1})),
  field('每方最多会谈数', h('input', {name: 'maxMeetings', type: 'number', min: 1, max: 100, value: 4})),
  h('button', {type: 'submit'}, '创建活动'));
  show(app,
    h('h2', {}, '对接活动'),
    events.items.length === 0 ? message('还没有活动。') : h('table', {'aria-label': '活动列表'},
      h('thead', {}, h('tr', {}, ['活动', '日期', '形式', '状态'].map(name => h('th', {}, name)))),
      h('tbody', {}, events.items.map(e => h('tr', {},
        h('td', {}, h('a', {href: `#/events/${e.id}`}, e.name)), h('td', {}, e.date),
        h('td', {}, EVENT_KIND[e.kind] ?? e.kind), h('td', {}, EVENT_STATUS[e.status] ?? e.status))))),
    h('h3', {}, '创建新活动'), form, status);
}

/** Everything about one event: status, participants, pairing, schedule with outcomes, report. */
export async function eventView(app, id) {
  const event = await get(`/events/${id}`);
  const status = h('div', {'aria-live': 'polite'});
  const fail = error => show(status, message(error.message, 'error'));
  const act = work => async () => {
    try {
      await work();
      rerender();
    } catch (error) {
      fail(error);
    }
  };
  const participants = await get(`/events/${id}/participants`);
  const names = new Map(participants.map(p => [p.id, p.name]));
  const [pairing, schedule, report] = await Promise.all([
    get(`/events/${id}/pairing`).catch(() => null),
    get(`/events/${id}/schedule`).catch(() => null),
    get(`/events/${id}/report`).catch(() => null)]);

  const header = [
    h('h2', {}, event.name),
    h('p', {class: 'meta'}, `${event.date} · ${EVENT_KIND[event.kind] ?? event.kind}${event.venue ? ` · ${event.venue}` : ''} · `
      + `${event.slots.count} 场 × ${event.tables} 桌，每场 ${event.slots.minutes} 分钟，${event.slots.start} 开始`),
    h('p', {}, h('strong', {id: 'event-status'}, `状态：${EVENT_STATUS[event.status] ?? event.status}`), ' ',
      event.allowedTransitions.map(next => h('button', {type: 'button',
        onclick: act(() => put(`/events/${id}/status`, {status: next}, {ifMatch: event.version}))},
      `进入「${EVENT_STATUS[next] ?? next}」`))),
    status];

  const participantRows = participants.map(p => h('tr', {},
    h('td', {}, p.organisationType === 'ENTERPRISE' ? '企业' : '机构'),
    h('td', {}, p.name),
    h('td', {}, p.items.map(item => item.title).join('；')),
    h('td', {}, `${p.minMeetings}–${p.maxMeetings}`),
    h('td', {}, h('a', {href: `#/events/${id}/agenda/${p.id}`}, `${p.name}的议程`), ' ',
      h('button', {type: 'button', class: 'link', 'aria-label': `取消${p.name}的参会`,
        onclick: act(() => api('DELETE', `/events/${id}/participants/${p.id}`))}, '取消参会'))));

  show(app, header,
    h('section', {'aria-labelledby': 'participants-title'},
      h('h3', {id: 'participants-title'}, `参会方（${participants.length}）`),
      participants.length ? h('table', {'aria-label': '参会方'},
        h('thead', {}, h('tr', {}, ['类型', '名称', '带来的难题/成果', '会谈数', ''].map(name => h('th', {}, name)))),
        h('tbody', {}, participantRows)) : message('还没有参会方。'),
      participantFinder(id, fail)),
    h('section', {'aria-labelledby': 'pairing-title'},
      h('h3', {id: 'pairing-title'}, '配对'),
      h('p', {}, h('button', {type: 'button', onclick: act(() => post(`/events/${id}/pairing`))}, '生成配对'),
        event.status === 'PAIRING' ? null : h('small', {class: 'hint'}, ' （活动进入「配对中」后可生成）')),
      pairing?.pairedAt ? pairingTable(pairing) : message('尚未生成配对。')),
    h('section', {'aria-labelledby': 'schedule-title'},
      h('h3', {id: 'schedule-title'}, '日程'),
      h('p', {}, h('button', {type: 'button', onclick: act(() => post(`/events/${id}/schedule`))}, '排定日程'), ' ',
        schedule?.meetings?.length ? [
          h('button', {type: 'button', class: 'link', onclick: () => download(`/events/${id}/schedule/export?format=xlsx`,
            `schedule-${id}.xlsx`).catch(fail)}, '导出 Excel'), ' ',
          h('button', {type: 'button', class: 'link', onclick: () => download(`/events/${id}/schedule/export?format=csv`,
            `schedule-${id}.csv`).catch(fail)}, '导出 CSV')] : null),
      schedule?.scheduledAt ? scheduleTable(id, event, schedule, names, act) : message('尚未排定日程。')),
    h('section', {'aria-labelledby': 'report-title'},
      h('h3', {id: 'report-title'}, '成效报告'),
      report ? reportView(report) : message('活动发布后可记录会谈结果。')));
}

function participantFinder(eventId, fail) {
  const found = h('ul', {class: 'found', 'aria-label': '可添加的参会方'});
  const kind = select('kind', [['problems', '企业（按技术难题）'], ['results', '高校/科研院所（按科技成果）']], 'problems');
  const query = h('input', {type: 'search', name: 'q'});
  const add = (organisationType, organisationId, itemId) => async () => {
    try {
      await post(`/events/${eventId}/participants`, {organisationType, organisationId, itemIds: [itemId]});
      rerender();
    } catch (error) {
      fail(error);
    }
  };
  const form = h('form', {class: 'inline', 'aria-label': '查找参会方', onsubmit: async event => {
    event.preventDefault();
    try {
      const q = query.value ? `&q=${encodeURIComponent(query.value)}` : '';
      const page = await get(`/${kind.value}?status=PUBLISHED&size=20${q}`);
      show(found, page.items.map(item => {
        const enterprise = kind.value === 'problems';
        const owner = enterprise ? item.enterpriseId : item.institutionId;
        const ownerName = (enterprise ? item.enterpriseName : item.institutionName) ?? '（保密）';
        return h('li', {}, `${ownerName}：${item.title} `, owner
          ? h('button', {type: 'button', 'aria-label': `添加「${item.title}」`,
            onclick: add(enterprise ? 'ENTERPRISE' : 'INSTITUTION', owner, item.id)}, '添加')
          : h('small', {class: 'hint'}, '保密难题，需由企业自行报名'));
      }));
      if (!page.items.length) {
        show(found, h('li', {}, '没有找到已发布的条目。'));
      }
    } catch (error) {
      fail(error);
    }
  }}, field('参会方类型', kind), field('关键词', query), h('button', {type: 'submit'}, '查找'));
  return h('div', {}, h('h4', {}, '添加参会方'), form, found);
}

function pairingTable(pairing) {
  return h('div', {},
    h('p', {id: 'pairing-summary'}, `共 ${pairing.meetingCount} 场会谈，总匹配分 ${pairing.totalScore.toFixed(3)}`
      + (pairing.greedyTotalScore !== null && pairing.greedyTotalScore !== undefined
        ? `（逐个贪心选择为 ${pairing.greedyTotalScore.toFixed(3)}）` : '')),
    h('table', {'aria-label': '配对列表'},
      h('thead', {}, h('tr', {}, ['企业', '高校/科研院所', '主题', '匹配分', '来源', '理由'].map(name => h('th', {}, name)))),
      h('tbody', {}, pairing.meetings.map(m => h('tr', {},
        h('td', {}, m.enterpriseName), h('td', {}, m.institutionName), h('td', {}, m.topic ?? ''),
        h('td', {}, m.score.toFixed(3)), h('td', {}, MEETING_SOURCE[m.source] ?? m.source),
        h('td', {}, (m.reasons ?? []).join('；')))))),
    pairing.shortfalls?.length ? h('ul', {'aria-label': '会谈数不足的参会方'}, pairing.shortfalls.map(s =>
      h('li', {}, `${s.name}：只有 ${s.meetings} 场，少于最少 ${s.minMeetings} 场`))) : null,
    pairing.unhonoured?.length ? h('ul', {'aria-label': '未能满足的约见'}, pairing.unhonoured.map(u =>
      h('li', {}, `${MEETING_SOURCE[u.source] ?? u.source}：${u.reason}`))) : null);
}

function scheduleTable(eventId, event, schedule, names, act) {
  const outcomesOpen = event.status === 'PUBLISHED' || event.status === 'COMPLETED';
  const rows = [...schedule.meetings].sort((a, b) => a.slot - b.slot || a.table - b.table).map(m => {
    const pair = `${m.enterpriseName} 与 ${m.institutionName}`;
    const outcome = select('outcome', [['', '（未记录）'], ...pairs(OUTCOME)], m.outcome ?? '',
      {'aria-label': `${pair}的会谈结果`, disabled: !outcomesOpen});
    return h('tr', {},
      h('td', {}, `第 ${m.slot} 场`), h('td', {}, m.slotStart ?? ''),
      h('td', {}, /^https?:\/\//i.test(m.roomUrl ?? '')
        ? h('a', {href: m.roomUrl, rel: 'noopener noreferrer', target: '_blank'}, `${m.table} 号会议室`) : `${m.table} 号桌`),
      h('td', {}, m.enterpriseName), h('td', {}, m.institutionName), h('td', {}, m.topic ?? ''),
      h('td', {}, outcome, ' ', h('button', {type: 'button', disabled: !outcomesOpen, 'aria-label': `记录${pair}的会谈结果`,
        onclick: act(() => {
          if (!outcome.value) {
            throw new Error('请先选择会谈结果');
          }
          return put(`/events/${eventId}/meetings/${m.id}/outcome`, {outcome: outcome.value});
        })}, '记录'),
      m.outcome ? h('span', {class: 'meta'}, ` 已记录：${OUTCOME[m.outcome]}`) : null));
  });
  return h('div', {},
    h('p', {id: 'schedule-summary'}, `共排 ${schedule.meetings.length} 场会谈，用了 ${schedule.slotsUsed ?? 0} 个场次`
      + (schedule.lowerBound !== null && schedule.lowerBound !== undefined ? `（理论下限 ${schedule.lowerBound}`
        + `${schedule.reachesLowerBound ? '，已达到' : ''}）` : '')),
    h('table', {'aria-label': '日程表'},
      h('thead', {}, h('tr', {}, ['场次', '开始时间', '桌号', '企业', '高校/科研院所', '主题', '会谈结果'].map(name => h('th', {}, name)))),
      h('tbody', {}, rows)),
    schedule.unplaced?.length ? [h('h4', {}, '未能安排的会谈'), h('ul', {'aria-label': '未能安排的会谈'},
      schedule.unplaced.map(m => h('li', {},
        `${m.enterpriseName ?? names.get(m.enterpriseParticipantId)} 与 ${m.institutionName ?? names.get(m.institutionParticipantId)}：${m.unplacedReason ?? ''}`)))] : null);
}

function reportView(report) {
  const rate = `${(report.conversionRate * 100).toFixed(1)}%`;
  return h('div', {},
    h('dl', {class: 'counts', 'aria-label': '成效统计'},
      [['已安排会谈', report.scheduledMeetings], ['已举行会谈', report.meetingsHeld],
        ...pairs(OUTCOME).map(([code, name]) => [name, report.outcomes?.[code] ?? 0]),
        ['达成意向或合同', report.converted], ['转化率', rate]]
        .map(([name, value]) => [h('dt', {}, name), h('dd', {}, String(value))])),
    report.byChain?.length ? h('table', {'aria-label': '按产业链统计'},
      h('thead', {}, h('tr', {}, ['产业链', '已举行', '达成', '转化率'].map(name => h('th', {}, name)))),
      h('tbody', {}, report.byChain.map(c => h('tr', {}, h('td', {}, c.chain), h('td', {}, String(c.tally.held)),
        h('td', {}, String(c.tally.converted)), h('td', {}, `${(c.tally.conversionRate * 100).toFixed(1)}%`))))) : null);
}

/** One participant's agenda as the matching-service renders it (prints on A4), with a print button. */
export async function agendaView(app, eventId, participantId) {
  const html = await api('GET', `/events/${eventId}/participants/${participantId}/agenda.html`, {headers: {Accept: 'text/html'}});
  // sandboxed without scripts: the page is shown and printed, never run
  const frame = h('iframe', {title: '参会议程', class: 'agenda', sandbox: 'allow-same-origin allow-modals'});
  frame.srcdoc = html;
  show(app,
    h('p', {}, h('a', {href: `#/events/${eventId}`}, '← 返回活动'), ' ',
      h('button', {type: 'button', onclick: () => frame.contentWindow.print()}, '打印议程')),
    frame);
}
