// Chinese names of the API's enum values, and the reference data (industry chains, fields, districts) as the
// enterprise-service serves it.
import {get} from './api.js';

export const ROLE = {enterprise: '企业', institution: '高校/科研院所', organiser: '活动组织方', admin: '管理员'};
export const PROBLEM_STATUS = {DRAFT: '草稿', PUBLISHED: '已发布', IN_TALKS: '洽谈中', SOLVED: '已解决', WITHDRAWN: '已撤回'};
export const VISIBILITY = {PUBLIC: '公开', CONFIDENTIAL: '保密（公开列表不显示企业名称）'};
export const MATURITY = {LAB: '实验室', PILOT: '小试', SCALE_UP: '中试', INDUSTRIALISED: '产业化'};
export const COOPERATION = {
  TRANSFER: '技术转让', LICENCE: '许可', JOINT_DEVELOPMENT: '合作开发', COMMISSIONED_DEVELOPMENT: '委托开发',
  CONSULTING: '技术咨询', JOINT_PLATFORM: '共建平台',
};
export const SIZE_CLASS = {LARGE: '大型', MEDIUM: '中型', SMALL: '小型', MICRO: '微型'};
export const INSTITUTION_TYPE = {UNIVERSITY: '高校', RESEARCH_INSTITUTE: '科研院所', NEW_RND_ORGANISATION: '新型研发机构'};
export const IMPORT_STATUS = {QUEUED: '排队中', RUNNING: '导入中', DONE: '已完成', FAILED: '失败'};
export const EVENT_KIND = {ON_SITE: '线下', ONLINE: '线上', HYBRID: '线上线下结合'};
export const EVENT_STATUS = {DRAFT: '草稿', REGISTRATION: '报名中', PAIRING: '配对中', PUBLISHED: '已发布', COMPLETED: '已结束'};
export const OUTCOME = {NO_FURTHER_CONTACT: '无后续联系', TALKS_STARTED: '已开始洽谈', INTENT_SIGNED: '已签意向', CONTRACT: '已签合同'};
export const MEETING_SOURCE = {REQUEST: '双方申请', MUST_MEET: '指定必见', RANKED: '智能推荐'};
export const CONNECTION_STATUS = {
  PENDING: '待处理', ACCEPTED: '已接受', DECLINED: '已婉拒', WITHDRAWN: '已撤回', EXPIRED: '已过期',
};
export const DECLINE_REASON = {
  NOT_RELEVANT: '方向不符', NO_CAPACITY: '暂无精力承接', ALREADY_COOPERATING: '已有合作方',
  INSUFFICIENT_INFORMATION: '信息不足', OTHER: '其他',
};
export const COOPERATION_STAGE = {
  INITIAL_CONTACT: '初步接触', NEGOTIATING: '洽谈中', INTENT_SIGNED: '签订意向', CONTRACT_SIGNED: '签订合同',
  IMPLEMENTING: '实施中', INDUSTRIALISED: '已产业化', TERMINATED: '终止',
};
export const STRUCTURE_FACT = {
  industryChain: '产业链', technicalField: '技术领域', cooperationMode: '合作方式', maturity: '成熟度', district: '区域',
};

/** The calibrated match strength the matching-service gives every hit; only 强 is called a match. */
export const STRENGTH = {STRONG: '强', MEDIUM: '中', WEAK: '弱'};

export const pairs = labels => Object.entries(labels);

const reference = new Map();

/** [code, name] pairs of one kind of reference data: industry-chain, technical-field or district. */
export async function referenceData(kind) {
  if (!reference.has(kind)) {
    reference.set(kind, get(`/reference/${kind}`).then(items => items.map(item => [item.code, item.name]))
      .catch(error => {
        reference.delete(kind);
        throw error;
      }));
  }
  return reference.get(kind);
}
