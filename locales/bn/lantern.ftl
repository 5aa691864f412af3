# Lantern's interface text: Bengali (বাংলা).
# Translation: not yet checked by a professional translator.

skip-link = মূল বিষয়বস্তুতে যান
quick-exit = এই সাইট ছেড়ে যান
quick-exit-region = দ্রুত প্রস্থান
quick-exit-help = অনলাইনে নিরাপদ থাকা
quick-exit-press = { $remaining ->
    [one] এই সাইট ছেড়ে যেতে আরও { $remaining } বার Shift চাপুন
   *[other] এই সাইট ছেড়ে যেতে আরও { $remaining } বার Shift চাপুন
}
language-switcher = একটি ভাষা বেছে নিন
nav-label = প্রধান মেনু
breadcrumbs-label = আপনি এখানে আছেন
emergency-notice = আপনি যদি মনে করেন কোনো শিশু তাৎক্ষণিক বিপদে আছে, তাহলে 999 নম্বরে ফোন করুন।
published = প্রকাশিত
updated = সর্বশেষ হালনাগাদ
on-this-page = এই পৃষ্ঠায়
themes-title = বিষয়
section-empty = এখানে এখনও কিছু নেই।
fallback-notice = এই পৃষ্ঠাটি এখনও বাংলায় অনুবাদ করা হয়নি, তাই এটি এই ভাষায় দেখানো হচ্ছে: { $default-language }।
draft-banner = খসড়া — প্রকাশিত নয়
footer-contact = আমাদের সাথে যোগাযোগ করুন
footer-accessibility = প্রবেশযোগ্যতা বিবৃতি
footer-feed = নতুন প্রকাশনার গ্রাহক হন (Atom ফিড)
footer-privacy = এই সাইট কোনো কুকি ব্যবহার করে না এবং আপনাকে অনুসরণ করে না।
feed-title = { $site }: নতুন প্রকাশনা
breadcrumb-home = প্রথম পাতা
not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
not-found-text = আমরা সেই পৃষ্ঠাটি খুঁজে পাইনি। হয়তো এটি সরানো হয়েছে, অথবা ঠিকানাটি ভুল লেখা হয়েছে।
not-found-home = প্রথম পাতায় যান
expired-title = আর প্রকাশিত নয়
expired-text = এই পর্যালোচনার সারাংশটি সীমিত সময়ের জন্য প্রকাশিত হয়েছিল এবং এখন সরিয়ে নেওয়া হয়েছে।
expired-ask = একটি কপি চাইতে আমাদের সাথে যোগাযোগ করুন
contact-details = যোগাযোগের তথ্য
contact-organisation = সংস্থা
contact-address = ঠিকানা
contact-phone = ফোন
contact-email = ইমেল
contact-hours = খোলার সময়
not-found-next = আপনি যা করতে পারেন:
printed-from = যেখান থেকে মুদ্রিত:
home-contact-text = কোনো প্রশ্ন করুন, পর্যালোচনা প্যানেলের সভাপতির সাথে দেখা করতে চান, অথবা আপনার কী প্রয়োজন তা আমাদের জানান।
home-safety-text = কীভাবে দ্রুত এই সাইট ছেড়ে যাবেন এবং আপনার ভিজিট লুকাবেন।
home-latest = সাম্প্রতিক শিক্ষা
latest-kind-review = পর্যালোচনার সারাংশ
latest-kind-briefing = ৭ মিনিটের ব্রিফিং
latest-kind-newsletter = নিউজলেটার
table-label = সারণি
alert-note = নোট
alert-tip = পরামর্শ
alert-important = গুরুত্বপূর্ণ
alert-warning = সতর্কবার্তা
alert-caution = সাবধান
date-long = { $day } { $month }, { $year }
month-1 = জানুয়ারী
month-2 = ফেব্রুয়ারী
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

## Review summaries and recommendations
review-reference = রেফারেন্স
review-kind = পর্যালোচনার ধরন
review-kind-cspr = শিশু সুরক্ষা কাজের পর্যালোচনা
review-kind-scr = গুরুতর ঘটনার পর্যালোচনা
review-agencies = জড়িত সংস্থাগুলি
review-expires = যে তারিখ পর্যন্ত প্রকাশিত
review-recommendations = সুপারিশ
review-recommendations-count = { $count ->
    [one] এই পর্যালোচনা { $count }টি সুপারিশ করেছে।
   *[other] এই পর্যালোচনা { $count }টি সুপারিশ করেছে।
}
review-briefings = এই পর্যালোচনা থেকে ব্রিফিং
review-see-tracker = প্রতিটি পর্যালোচনার প্রতিটি সুপারিশের অগ্রগতি দেখুন
rec-heading = সুপারিশ { $id }
rec-heading-in-review = { $review }: সুপারিশ { $id }
rec-status = অবস্থা
rec-outcome = প্রত্যাশিত ফলাফল
rec-due = শেষ তারিখ
rec-no-due = কোনো তারিখ ঠিক করা হয়নি
rec-agencies = দায়িত্বপ্রাপ্ত
rec-latest = সর্বশেষ অগ্রগতি
rec-no-progress = এখনও কোনো অগ্রগতির খবর নেই।
rec-all-progress = { $count ->
    [one] { $count }টি অগ্রগতি প্রতিবেদন
   *[other] সব { $count }টি অগ্রগতি প্রতিবেদন
}
rec-overdue-flag = বিলম্বিত
status-overdue = বিলম্বিত
status-in-progress = চলছে
status-not-started = শুরু হয়নি
status-complete = সম্পন্ন

## The recommendations tracker
tracker-title = সুপারিশের অগ্রগতি
tracker-description = আমাদের পর্যালোচনার প্রতিটি সুপারিশ: এটি কী অর্জন করবে, কবে শেষ হওয়ার কথা এবং কাজ কেমন চলছে।
tracker-intro = প্রতিটি পর্যালোচনা সুপারিশ দিয়ে শেষ হয়। প্রতিটির একটি প্রত্যাশিত ফলাফল এবং একটি শেষ তারিখ থাকে। সেই তারিখ পেরিয়ে গেলে এবং কাজ সম্পন্ন না হলে সুপারিশটি বিলম্বিত।
tracker-today = { $date } তারিখে পরিস্থিতি এমন ছিল।
tracker-total = { $count ->
    [one] { $count }টি সুপারিশ আছে:
   *[other] { $count }টি সুপারিশ আছে:
}
tracker-count-overdue = { $count }টি বিলম্বিত
tracker-count-in-progress = { $count }টি চলছে
tracker-count-not-started = { $count }টি শুরু হয়নি
tracker-count-complete = { $count }টি সম্পন্ন
tracker-jump = অবস্থা অনুযায়ী সুপারিশ
tracker-group-empty = কোনোটি নেই।
tracker-from = যেখান থেকে
tracker-expired = (আর প্রকাশিত নয়)
tracker-none = এখনও কোনো সুপারিশ নেই।
chart-caption = অবস্থা অনুযায়ী প্রতিটি পর্যালোচনার সুপারিশ
chart-legend = সংকেত
chart-review = পর্যালোচনা
chart-total = মোট
chart-table-caption = অবস্থা অনুযায়ী প্রতিটি পর্যালোচনার সুপারিশের সংখ্যা

## Themes
themes-index-title = বিষয়
themes-index-description = বিষয় অনুযায়ী পর্যালোচনার সারাংশ, ব্রিফিং ও নিউজলেটার।
themes-index-intro = কোনো বিষয়ের সব সারাংশ, ব্রিফিং ও নিউজলেটার দেখতে সেই বিষয়টি বেছে নিন।
themes-count = { $count ->
    [one] { $count }টি পৃষ্ঠা
   *[other] { $count }টি পৃষ্ঠা
}
themes-none = এখনও কোনো বিষয় নেই।
theme-intro = { $count ->
    [one] এই বিষয়ে { $count }টি পৃষ্ঠা।
   *[other] এই বিষয়ে { $count }টি পৃষ্ঠা, নতুনগুলো আগে।
}
theme-all = সব বিষয়
kind-review = পর্যালোচনার সারাংশ
kind-briefing = ৭ মিনিটের ব্রিফিং
kind-newsletter = নিউজলেটার
kind-training = প্রশিক্ষণ
kind-page = পৃষ্ঠা
kind-section = বিভাগ

## Briefings and newsletters
briefing-parts = সাতটি অংশে এই ব্রিফিং
briefing-from-review = এই ব্রিফিং যেখান থেকে নেওয়া
newsletter-issue = সংখ্যা
newsletter-archive = বছর অনুযায়ী নিউজলেটার
newsletter-undated = তারিখবিহীন

## Training
training-details = সেশন সম্পর্কে
training-when = কখন
training-time = { $start } থেকে { $end }
training-where = কোথায়
training-online = অনলাইন
training-audience = কাদের জন্য
training-booking = কীভাবে বুক করবেন
training-book-link = একটি আসন বুক করুন
training-calendar = আপনার ক্যালেন্ডারে যোগ করুন (iCalendar, { $size })
training-past-notice = এই সেশনটি ইতিমধ্যে হয়ে গেছে।
training-upcoming = আসন্ন সেশন
training-past = আগের সেশন
training-none-upcoming = এই মুহূর্তে কোনো সেশনের পরিকল্পনা নেই।

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = এই বিভাগের নতুন পৃষ্ঠার গ্রাহক হন (Atom ফিড)
contact-vcard = আপনার পরিচিতিতে যোগ করুন (vCard, { $size })

## Worried about a child? (on every page)
concern-title = কোনো শিশুকে নিয়ে চিন্তিত?
concern-text = আপনি যদি মনে করেন কোনো শিশুর ক্ষতি করা হচ্ছে বা তাকে অবহেলা করা হচ্ছে, আমাদের ফোন করুন। আপনার নিশ্চিত হওয়ার দরকার নেই।
concern-front-door = শিশু পরিষেবা
concern-board = আমাদের ফোন করুন
concern-out-of-hours = অফিস সময়ের বাইরে
concern-police = তাৎক্ষণিক বিপদে থাকা শিশু
concern-more = উদ্বেগের কথা জানানো সম্পর্কে আরও

## E-mail editions of newsletters and briefings
email-read-online = ওয়েবসাইটে এটি পড়ুন
email-in-this-issue = এই সংখ্যায়
email-links = লিঙ্ক

## Search (the search page and every page from A to Z)
search-link = অনুসন্ধান
search-title = অনুসন্ধান
search-description = এই সাইটে কোনো লিফলেট, পর্যালোচনার সারাংশ, ব্রিফিং বা নিউজলেটার খুঁজুন।
search-label = এই সাইটে খুঁজুন
search-button = খুঁজুন
search-hint = এক বা দুটি শব্দ লিখুন, যেমন “মিটিং” বা “অবহেলা”। লেখার সঙ্গে সঙ্গেই ফলাফল দেখা যাবে।
search-results = { $count ->
    [one] “{ $query }”-এর জন্য { $count }টি পৃষ্ঠা পাওয়া গেছে
   *[other] “{ $query }”-এর জন্য { $count }টি পৃষ্ঠা পাওয়া গেছে
}
search-none = “{ $query }”-এর জন্য কোনো পৃষ্ঠা পাওয়া যায়নি। বানান দেখে নিন, অন্য কোনো শব্দ দিয়ে চেষ্টা করুন, অথবা বর্ণানুক্রমে সব পৃষ্ঠা দেখুন।
search-too-short = অন্তত দুটি অক্ষর লিখুন।
search-failed = এই মুহূর্তে অনুসন্ধান কাজ করছে না। তবুও আপনি বর্ণানুক্রমিক তালিকায় সব পৃষ্ঠা খুঁজে পাবেন।
search-no-script = অনুসন্ধানের জন্য JavaScript দরকার, যা বন্ধ আছে বা লোড হয়নি। তবুও আপনি বর্ণানুক্রমিক তালিকায় সব পৃষ্ঠা খুঁজে পাবেন।
search-a-z = বর্ণানুক্রমে সব পৃষ্ঠা
search-a-z-description = এই ভাষায় এই সাইটের সব পৃষ্ঠা, বর্ণানুক্রমে সাজানো।
search-a-z-letters = কোনো অক্ষরে যান
search-kind-leaflet = লিফলেট
search-kind-page = পৃষ্ঠা
search-kind-section = বিভাগ
search-kind-review = পর্যালোচনার সারাংশ
search-kind-briefing = ৭ মিনিটের ব্রিফিং
search-kind-newsletter = নিউজলেটার
search-kind-training = প্রশিক্ষণ
