// Calls the gateway's /api with the signed-in user's token; failures become ApiError with the problem details
// (RFC 9457) the services answer with, described in Chinese.

const SESSION_KEY = 'ib.session';

export const session = {
  get() {
    try {
      const saved = JSON.parse(localStorage.getItem(SESSION_KEY));
      return saved && Date.parse(saved.expiresAt) > Date.now() ? saved : null;
    } catch {
      return null;
    }
  },
  set(value) {
    localStorage.setItem(SESSION_KEY, JSON.stringify(value));
    window.dispatchEvent(new Event('ib-session'));
  },
  clear() {
    localStorage.removeItem(SESSION_KEY);
    window.dispatchEvent(new Event('ib-session'));
  },
  user() {
    return this.get()?.user ?? null;
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

const STATUS_TEXT = {
  400: '输入有误', 401: '请先登录', 403: '没有权限', 404: '未找到', 409: '状态冲突', 412: '数据已被他人修改，请刷新后重试',
  413: '文件过大', 415: '不支持的文件类型', 422: '无法读取', 428: '缺少版本信息', 429: '请求过于频繁，请稍后再试',
};

function describe(status, problem) {
  const head = STATUS_TEXT[status] ?? (status >= 500 ? '服务暂时不可用' : '请求失败');
  const parts = [];
  if (problem?.detail) {
    parts.push(problem.detail);
  }
  for (const error of problem?.errors ?? []) {
    parts.push([error.field ?? error.row, error.reason].filter(Boolean).join('：'));
  }
  return parts.length ? `${head}（${status}）：${parts.join('；')}` : `${head}（${status}）`;
}

/** One exchange; resolves to {body, etag, response}. body is parsed JSON, text, or null for an empty answer. */
export async function request(method, path, {json, form, headers = {}, ifMatch, raw} = {}) {
  const token = session.get()?.token;
  const init = {method, headers: {...headers}};
  if (token) {
    init.headers.Authorization = `Bearer ${token}`;
  }
  if (ifMatch !== undefined) {
    init.headers['If-Match'] = `"${ifMatch}"`;
  }
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form;
  }
  const response = await fetch(`/api${path}`, init);
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json().catch(() => null) : null;
    if (response.status === 401 && token) {
      session.clear();
    }
    throw new ApiError(response.status, problem);
  }
  if (raw) {
    return {body: null, etag: response.headers.get('ETag'), response};
  }
  const text = await response.text();
  const body = !text ? null : type.includes('json') ? JSON.parse(text) : text;
  return {body, etag: response.headers.get('ETag'), response};
}

export async function api(method, path, options) {
  return (await request(method, path, options)).body;
}

export const get = (path, options) => api('GET', path, options);
export const post = (path, json, options) => api('POST', path, {...options, json});
export const put = (path, json, options) => api('PUT', path, {...options, json});

/** Downloads a file that needs the token (a plain link cannot send it) under the name the server gives. */
export async function download(path, fallbackName) {
  const {response} = await request('GET', path, {raw: true});
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), {href: url, download: name});
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return {name, blob};
}

/** Signs in and keeps the session (token + user). */
export async function signIn(username, password) {
  const answer = await post('/auth/sign-in', {username, password});
  session.set(answer);
  return answer;
}

/** After the user's organisation is created: a new token that carries it (`org`). */
export async function refreshSession() {
  const answer = await post('/auth/refresh');
  session.set(answer);
  return answer;
}
