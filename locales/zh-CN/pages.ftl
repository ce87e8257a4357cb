## 文章以外页面的文字：首页和文章列表页。

## 首页

# 网站所用语言列表的标题。
home-languages = 语言
# 显示在语言名称之后，说明该语言已翻译了网站的多少内容。
# Variables:
#   $percent (Number) - 已翻译段落所占的百分比，0 至 100。
home-coverage = 已翻译 { $percent }%

## 文章列表页

# 显示在仅部分译成该语言的文章标题之后。
list-partly-translated = 部分已翻译
# 显示在尚未译成该语言的文章标题之后。
list-not-translated = 尚未翻译
# 指向列表上一页（较新文章）的链接。
list-newer = 较新的文章
# 指向列表下一页（较早文章）的链接。
list-older = 较早的文章
# Variables:
#   $page (Number) - 当前页码。
#   $pages (Number) - 总页数。
list-page = 第 { $page } 页，共 { $pages } 页
# 分页导航的无障碍名称（aria-label）。
list-pages-label = 分页

## 找不到页面

# 访问网站不存在的地址时所显示页面的标题。
not-found-title = 找不到页面
# 该页面上的说明，其后是指向本语言首页的链接。
not-found-text = 该页面不存在或已移动。
