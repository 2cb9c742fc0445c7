import {h, show, field, select, message, formValues} from '../dom.js';
import {download, get, post, refreshSession, request, session} from '../api.js';
import {IMPORT_STATUS, INSTITUTION_TYPE, pairs, referenceData} from '../labels.js';
import {go, poll, rerender} from '../router.js';

const orNull = text => (text === undefined || text === '' ? null : text);
const recentKey = institution => `ib.imports.${institution}`;

/** The institution user's home: create the institution first, then upload result compilations. */
export async function institutionView(app) {
  const user = session.user();
  if (!user.organisationId) {
    show(app, h('h2', {}, '创建机构'), await institutionForm());
    return;
  }
  const institution = await get(`/institutions/${user.organisationId}`);
  const status = h('div');
  const file = h('input', {type: 'file', name: 'file', required: true, accept: '.xlsx,.xlsm,.csv,.txt,.tsv,.json'});
  const form = h('form', {'aria-label': '上传成果汇编', onsubmit: async event => {
    event.preventDefault();
    const body = new FormData();
    body.append('file', file.files[0]);
    body.append('publish', String(form.elements.publish.checked));
    try {
      show(status, message('正在上传并检查文件…'));
      const job = await (await request('POST', `/institutions/${institution.id}/imports`, {form: body})).body;
      const recent = JSON.parse(localStorage.getItem(recentKey(institution.id)) ?? '[]');
      localStorage.setItem(recentKey(institution.id), JSON.stringify([{id: job.id, fileName: job.fileName,
        at: new Date().toISOString()}, ...recent].slice(0, 20)));
      go(`/imports/${job.id}`);
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  }},
  field('成果汇编文件', file, '支持 Excel（.xlsx）、CSV（UTF-8 或 GBK）、JSON'),
  h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'publish', value: 'true', checked: true}), '导入后直接发布'),
  h('button', {type: 'submit'}, '上传'));
  const recent = JSON.parse(localStorage.getItem(recentKey(institution.id)) ?? '[]');
  show(app,
    h('h2', {}, institution.name),
    h('p', {class: 'meta'}, INSTITUTION_TYPE[institution.type] ?? institution.type),
    h('h3', {}, '上传成果汇编'),
    h('p', {}, h('button', {type: 'button', class: 'link', onclick: () => download('/imports/template', '成果汇编模板.xlsx')
      .catch(error => show(status, message(error.message, 'error')))}, '下载成果汇编模板（Excel）')),
    form, status,
    recent.length ? [h('h3', {}, '最近的导入'), h('ul', {}, recent.map(job => h('li', {},
      h('a', {href: `#/imports/${job.id}`}, job.fileName ?? job.id), ` · ${new Date(job.at).toLocaleString('zh-CN')}`)))] : null);
}

async function institutionForm() {
  const status = h('div');
  const districts = await referenceData('district');
  const form = h('form', {'aria-label': '创建机构', onsubmit: async event => {
    event.preventDefault();
    const values = formValues(form);
    try {
      await post('/institutions', {
        name: values.name, type: values.type, region: values.region,
        contact: {person: orNull(values.person), phone: orNull(values.phone), email: orNull(values.email)},
      });
      await refreshSession();
      rerender();
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  }},
  field('机构名称', h('input', {name: 'name', required: true, maxlength: 200})),
  field('机构类型', select('type', pairs(INSTITUTION_TYPE), 'UNIVERSITY')),
  field('所在区域', select('region', districts, districts[0]?.[0])),
  field('联系人', h('input', {name: 'person', maxlength: 64})),
  field('联系电话', h('input', {name: 'phone', type: 'tel'})),
  field('联系邮箱', h('input', {name: 'email', type: 'email'})),
  h('button', {type: 'submit'}, '创建机构'));
  return h('div', {}, form, status);
}

/** RFC 4180 rows (quotes, doubled quotes, line breaks inside quotes); a leading BOM is dropped. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') {
        i++;
      }
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const ERROR_PREVIEW = 50;
const ERROR_COLUMNS = {row: '行号', column: '列', value: '内容', reason: '原因'};

/** An import job's progress, polled until it is done, then its counts and the rejected rows. */
export function importView(app, jobId) {
  const title = h('h2', {}, '成果汇编导入');
  const progress = h('progress', {max: 1, value: 0, 'aria-label': '导入进度'});
  const state = h('p', {role: 'status', 'aria-live': 'polite', id: 'import-status'});
  const counts = h('dl', {class: 'counts', 'aria-label': '导入统计'});
  const extra = h('div');
  show(app, title, progress, state, counts, extra);
  return poll(async () => {
    let job;
    try {
      job = await get(`/imports/${jobId}`);
    } catch (error) {
      show(state, error.message);
      return error.status === 404;
    }
    show(title, `成果汇编导入：${job.fileName}`);
    progress.max = Math.max(job.rowsTotal, 1);
    progress.value = job.status === 'DONE' ? progress.max : job.rowsDone;
    show(state, `${IMPORT_STATUS[job.status] ?? job.status} · 已处理 ${job.rowsDone} / ${job.rowsTotal} 行`);
    show(counts, [['新增', job.created], ['更新', job.updated], ['未变化', job.unchanged], ['被拒绝', job.rejected]]
      .map(([name, value]) => [h('dt', {}, name), h('dd', {}, String(value))]));
    const finished = job.status === 'DONE' || job.status === 'FAILED';
    if (finished) {
      await showOutcome(extra, job);
    }
    return finished;
  }, 1000);
}

async function showOutcome(extra, job) {
  const parts = [];
  if (job.failure) {
    parts.push(message(`导入失败：${job.failure}`, 'error'));
  }
  if (job.warnings?.length) {
    parts.push(h('h3', {}, '提示'), h('ul', {}, job.warnings.map(warning => h('li', {}, warning))));
  }
  if (job.rejected > 0) {
    const status = h('div');
    const fetchReport = format => download(`/imports/${job.id}/errors?format=${format}`, `import-${job.id}-errors.${format}`)
      .catch(error => show(status, message(error.message, 'error')));
    const csv = await request('GET', `/imports/${job.id}/errors?format=csv`);
    const [header, ...rows] = parseCsv(csv.body ?? '');
    parts.push(h('h3', {}, `错误报告（${job.rejected} 行被拒绝）`),
      h('p', {}, h('button', {type: 'button', onclick: () => fetchReport('csv')}, '下载错误报告（CSV）'), ' ',
        h('button', {type: 'button', onclick: () => fetchReport('xlsx')}, '下载错误报告（Excel）')),
      status,
      h('table', {'aria-label': '错误明细'},
        h('thead', {}, h('tr', {}, (header ?? []).map(name => h('th', {}, ERROR_COLUMNS[name] ?? name)))),
        h('tbody', {}, rows.slice(0, ERROR_PREVIEW).map(row => h('tr', {}, row.map(cell => h('td', {}, cell)))))),
      rows.length > ERROR_PREVIEW ? h('p', {class: 'meta'}, `仅显示前 ${ERROR_PREVIEW} 条，完整内容请下载。`) : null);
  } else if (job.status === 'DONE') {
    parts.push(message('全部行已导入，没有错误。'));
  }
  show(extra, parts);
}
