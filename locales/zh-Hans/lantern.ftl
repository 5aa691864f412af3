# Lantern's interface text: Chinese in simplified characters (简体中文).
# Translation: not yet checked by a professional translator.

skip-link = 跳到主要内容
quick-exit = 离开本网站
quick-exit-region = 快速离开
quick-exit-help = 上网安全
quick-exit-press = { $remaining ->
   *[other] 再按 { $remaining } 次 Shift 键即可离开本网站
}
language-switcher = 选择语言
nav-label = 主菜单
breadcrumbs-label = 您的位置
emergency-notice = 如果您认为有儿童正处于紧急危险中，请拨打 999。
published = 发布日期
updated = 最后更新
on-this-page = 本页内容
themes-title = 主题
section-empty = 这里还没有内容。
fallback-notice = 本页尚未翻译成中文，因此以{ $default-language }显示。
draft-banner = 草稿——未发布
footer-contact = 联系我们
footer-accessibility = 无障碍声明
footer-feed = 订阅新发布的内容（Atom 订阅源）
footer-privacy = 本网站不使用 Cookie，也不跟踪您。
feed-title = { $site }：新发布的内容
breadcrumb-home = 首页
not-found-title = 找不到页面
not-found-text = 我们找不到该页面。它可能已被移走，或者网址有误。
not-found-home = 前往首页
expired-title = 已不再发布
expired-text = 这份审查摘要只在有限时间内发布，现已撤下。
expired-ask = 联系我们索取副本
contact-details = 联系方式
contact-organisation = 机构
contact-address = 地址
contact-phone = 电话
contact-email = 电子邮件
contact-hours = 办公时间
not-found-next = 您可以：
printed-from = 打印自：
home-contact-text = 提出问题、要求与审查小组主席会面，或告诉我们您需要什么。
home-safety-text = 如何快速离开本网站并隐藏您的访问记录。
home-latest = 最新经验教训
latest-kind-review = 审查摘要
latest-kind-briefing = 7 分钟简报
latest-kind-newsletter = 通讯
table-label = 表格
alert-note = 注意
alert-tip = 提示
alert-important = 重要
alert-warning = 警告
alert-caution = 小心
date-long = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Review summaries and recommendations
review-reference = 编号
review-kind = 审查类型
review-kind-cspr = 儿童保护实务审查
review-kind-scr = 严重案件审查
review-agencies = 涉及的机构
review-expires = 发布至
review-recommendations = 建议
review-recommendations-count = { $count ->
   *[other] 本次审查提出了 { $count } 项建议。
}
review-briefings = 本次审查的简报
review-see-tracker = 查看每次审查每项建议的进展
rec-heading = 建议 { $id }
rec-heading-in-review = { $review }：建议 { $id }
rec-status = 状态
rec-outcome = 预期成果
rec-due = 截止日期
rec-no-due = 未设定日期
rec-agencies = 负责机构
rec-latest = 最新进展
rec-no-progress = 尚未报告任何进展。
rec-all-progress = { $count ->
   *[other] 全部 { $count } 份进展报告
}
rec-overdue-flag = 已逾期
status-overdue = 已逾期
status-in-progress = 进行中
status-not-started = 未开始
status-complete = 已完成

## The recommendations tracker
tracker-title = 建议的进展
tracker-description = 我们各次审查的每一项建议：要达到什么目标、何时到期以及进展如何。
tracker-intro = 每次审查最后都会提出建议。每项建议都有预期成果和完成日期。如果日期已过而建议尚未完成，即为逾期。
tracker-today = 以下是 { $date } 的情况。
tracker-total = { $count ->
   *[other] 共有 { $count } 项建议：
}
tracker-count-overdue = 已逾期 { $count } 项
tracker-count-in-progress = 进行中 { $count } 项
tracker-count-not-started = 未开始 { $count } 项
tracker-count-complete = 已完成 { $count } 项
tracker-jump = 按状态查看建议
tracker-group-empty = 无。
tracker-from = 来自
tracker-expired = （已不再发布）
tracker-none = 目前还没有建议。
chart-caption = 各次审查的建议，按状态划分
chart-legend = 图例
chart-review = 审查
chart-total = 总计
chart-table-caption = 各次审查的建议数量，按状态划分

## Themes
themes-index-title = 主题
themes-index-description = 按主题分类的审查摘要、简报和通讯。
themes-index-intro = 选择一个主题，查看与之相关的所有审查摘要、简报和通讯。
themes-count = { $count ->
   *[other] { $count } 个页面
}
themes-none = 目前还没有主题。
theme-intro = { $count ->
   *[other] 本主题共有 { $count } 个页面，最新的排在前面。
}
theme-all = 所有主题
kind-review = 审查摘要
kind-briefing = 7 分钟简报
kind-newsletter = 通讯
kind-training = 培训
kind-page = 页面
kind-section = 栏目

## Briefings and newsletters
briefing-parts = 本简报分为七个部分
briefing-from-review = 本简报来自
newsletter-issue = 期号
newsletter-archive = 按年份查看通讯
newsletter-undated = 无日期

## Training
training-details = 关于本次培训
training-when = 时间
training-time = { $start } 至 { $end }
training-where = 地点
training-online = 线上
training-audience = 适合对象
training-booking = 如何预约
training-book-link = 预约名额
training-calendar = 添加到日历（iCalendar，{ $size }）
training-past-notice = 本次培训已经举行。
training-upcoming = 即将举行的培训
training-past = 过去的培训
training-none-upcoming = 目前没有计划中的培训。

## Feeds and contact
feed-section-title = { $site }：{ $section }
feed-section-link = 订阅本栏目的新页面（Atom 订阅源）
contact-vcard = 添加到通讯录（vCard，{ $size }）

## Worried about a child? (on every page)
concern-title = 担心某个孩子？
concern-text = 如果您认为有儿童正在受到伤害或被忽视，请打电话给我们。您不需要完全确定。
concern-front-door = 儿童服务
concern-board = 打电话给我们
concern-out-of-hours = 非办公时间
concern-police = 处于紧急危险中的儿童
concern-more = 进一步了解如何报告您的担忧

## E-mail editions of newsletters and briefings
email-read-online = 在网站上阅读
email-in-this-issue = 本期内容
email-links = 链接

## Search (the search page and every page from A to Z)
search-link = 搜索
search-title = 搜索
search-description = 在本网站查找宣传单、审查摘要、简报或通讯。
search-label = 搜索本网站
search-button = 搜索
search-hint = 输入一两个词，例如“会议”或“忽视”。结果会在您输入时显示。
search-results = { $count ->
   *[other] 找到 { $count } 个与“{ $query }”相关的页面
}
search-none = 没有找到与“{ $query }”相关的页面。请检查拼写，换一个词试试，或浏览全部页面索引。
search-too-short = 请至少输入一个字。
search-failed = 搜索功能暂时无法使用。您仍然可以在全部页面索引中找到所有页面。
search-no-script = 搜索需要 JavaScript，但它已被关闭或未能加载。您仍然可以在全部页面索引中找到所有页面。
search-a-z = 全部页面索引
search-a-z-description = 本网站该语言的全部页面，按标题首字排列。
search-a-z-letters = 按首字跳转
search-kind-leaflet = 宣传单
search-kind-page = 页面
search-kind-section = 栏目
search-kind-review = 审查摘要
search-kind-briefing = 7 分钟简报
search-kind-newsletter = 通讯
search-kind-training = 培训
