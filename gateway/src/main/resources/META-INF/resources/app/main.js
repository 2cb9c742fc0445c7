// The single-page UI: a hash router over one view per job. Each view renders into <main> and may return a
// function that stops what it started (polling).
import {h, show, message} from './dom.js';
import {session} from './api.js';
import {ROLE} from './labels.js';
import {go} from './router.js';
import {homeView} from './views/home.js';
import {registerView, signInView} from './views/auth.js';
import {enterpriseView, problemEditView, problemView} from './views/enterprise.js';
import {importView, institutionView} from './views/institution.js';
import {agendaView, eventsView, eventView} from './views/events.js';
import {feedView} from './views/feed.js';
import {connectionsView, connectionView, cooperationsView, cooperationView} from './views/connections.js';

const routes = [
  [/^\/$/, homeView],
  [/^\/sign-in$/, signInView],
  [/^\/register$/, registerView],
  [/^\/enterprise$/, enterpriseView, 'enterprise'],
  [/^\/problems\/new$/, problemEditView, 'enterprise'],
  [/^\/problems\/([0-9a-f-]{36})\/edit$/, problemEditView, 'enterprise'],
  [/^\/problems\/([0-9a-f-]{36})$/, problemView],
  [/^\/institution$/, institutionView, 'institution'],
  [/^\/imports\/([0-9a-f-]{36})$/, importView, 'institution'],
  [/^\/events$/, eventsView, 'organiser'],
  [/^\/events\/([0-9a-f-]{36})$/, eventView, 'organiser'],
  [/^\/events\/([0-9a-f-]{36})\/agenda\/([0-9a-f-]{36})$/, agendaView],
  [/^\/feed$/, feedView],
  [/^\/connections$/, connectionsView, 'signed-in'],
  [/^\/connections\/([0-9a-f-]{36})$/, connectionView, 'signed-in'],
  [/^\/cooperations(?:\?.*)?$/, cooperationsView, 'signed-in'],
  [/^\/cooperations\/([0-9a-f-]{36})$/, cooperationView, 'signed-in'],
];

const app = document.getElementById('app');
let stopCurrent = null;
let generation = 0;

function render() {
  if (typeof stopCurrent === 'function') {
    stopCurrent();
  }
  stopCurrent = null;
  const mine = ++generation;
  const path = location.hash.replace(/^#/, '') || '/';
  const user = session.user();
  for (const [pattern, view, role] of routes) {
    const match = pattern.exec(path);
    if (!match) {
      continue;
    }
    if (role && !user) {
      go('/sign-in');
      return;
    }
    if (role && role !== 'signed-in' && user.role !== role && user.role !== 'admin') {
      show(app, message(`此页面仅供${ROLE[role]}用户使用。`, 'error'));
      return;
    }
    show(app);
    Promise.resolve().then(() => view(app, ...match.slice(1))).then(stop => {
      if (mine === generation) {
        stopCurrent = stop;
      } else if (typeof stop === 'function') {
        stop();
      }
    }, error => {
      if (mine === generation) {
        app.appendChild(message(error.message, 'error'));
      }
    });
    app.focus({preventScroll: true});
    return;
  }
  show(app, h('h2', {}, '页面不存在'), h('p', {}, h('a', {href: '#/'}, '返回首页')));
}

function renderNavigation() {
  const user = session.user();
  const links = [['#/', '找成果 / 找需求']];
  if (user?.role === 'enterprise') {
    links.push(['#/enterprise', '我的企业与难题'], ['#/feed', '匹配动态'], ['#/connections', '对接与合作']);
  } else if (user?.role === 'institution') {
    links.push(['#/institution', '我的机构与成果汇编'], ['#/feed', '匹配动态'], ['#/connections', '对接与合作']);
  } else if (user?.role === 'organiser' || user?.role === 'admin') {
    links.push(['#/events', '对接活动'], ['#/cooperations', '合作项目跟踪']);
  }
  show(document.getElementById('nav'), h('ul', {}, links.map(([href, text]) => h('li', {}, h('a', {href}, text)))));
  const account = document.getElementById('account');
  if (user) {
    show(account, h('span', {}, `${user.username}（${ROLE[user.role] ?? user.role}）`), ' ',
      h('button', {type: 'button', class: 'link', onclick: () => {
        session.clear();
        go('/sign-in');
      }}, '退出登录'));
  } else {
    show(account, h('a', {href: '#/sign-in'}, '登录'), ' · ', h('a', {href: '#/register'}, '注册'));
  }
}

window.addEventListener('hashchange', render);
window.addEventListener('ib-session', renderNavigation);
renderNavigation();
render();
