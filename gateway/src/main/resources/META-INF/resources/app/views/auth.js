import {h, show, field, select, message, formValues} from '../dom.js';
import {post, signIn} from '../api.js';
import {go} from '../router.js';

/** Where each role starts after signing in. */
export function homeOf(user) {
  return {enterprise: '/enterprise', institution: '/institution', organiser: '/events', admin: '/events'}[user.role] ?? '/';
}

export function signInView(app) {
  const status = h('div');
  const form = h('form', {'aria-label': '登录', onsubmit: async event => {
    event.preventDefault();
    const {username, password} = formValues(form);
    try {
      const answer = await signIn(username, password);
      go(homeOf(answer.user));
    } catch (error) {
      show(status, message(error.status === 401 ? '用户名或密码错误' : error.message, 'error'));
    }
  }},
  field('用户名', h('input', {name: 'username', autocomplete: 'username', required: true})),
  field('密码', h('input', {name: 'password', type: 'password', autocomplete: 'current-password', required: true})),
  h('button', {type: 'submit'}, '登录'));
  show(app, h('h2', {}, '登录'), form, status, h('p', {}, '还没有账号？', h('a', {href: '#/register'}, '注册')));
}

export function registerView(app) {
  const status = h('div');
  const form = h('form', {'aria-label': '注册', onsubmit: async event => {
    event.preventDefault();
    const {username, password, role} = formValues(form);
    try {
      await post('/auth/register', {username, password, role});
      const answer = await signIn(username, password);
      go(homeOf(answer.user));
    } catch (error) {
      show(status, message(error.message, 'error'));
    }
  }},
  field('用户名', h('input', {name: 'username', autocomplete: 'username', required: true})),
  field('密码', h('input', {name: 'password', type: 'password', autocomplete: 'new-password', required: true})),
  field('账号类型', select('role', [['enterprise', '企业'], ['institution', '高校/科研院所']], 'enterprise')),
  h('button', {type: 'submit'}, '注册并登录'));
  show(app, h('h2', {}, '注册'), form, status,
    h('p', {class: 'meta'}, '活动组织方账号由管理员开通。'));
}
