## 文章：工发组织与上海国家会计学院联合举办亚太地区工业园区领导力培训项目（2023年7月28日发布）。
##
## zh-CN is the project's source locale, but it is not the Chinese original, which is not
## available: this text was compiled from the published English version as Chinese news prose,
## without adding or dropping facts, and the page says so (the term -provenance below).
## Names whose Chinese characters could not be verified are marked UNVERIFIED on their messages.
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

# Shown as a notice on the zh-CN page: this text is not the Chinese original.
-provenance = 本文中文原文暂缺，现据工发组织发布的英文版编译。

title = { -unido }与{ -snai }联合举办亚太地区工业园区领导力培训项目

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "2023年7月10日至14日".
intro = { $programme-dates }，由{ -unido-full }（{ -unido }）与{ -snai }（{ -apfdi }）合作举办的“亚太地区工业园区领导力培训项目”在中国上海举行。本次面授培训汇聚了亚太地区发展中国家的专业人士和政策制定者，围绕工业园区的规划、开发与管理交流创新理念、分享最佳实践、积累宝贵经验。

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern
#     (e.g. "菲律宾、柬埔寨、老挝、孟加拉国、蒙古国、所罗门群岛、泰国和印度尼西亚"), followed by 等.
participants =
    来自{ $country-list }等{ $countries ->
       *[other] { $countries }个国家
    }、从事工业园区和经济特区开发建设工作的{ $officials ->
       *[other] { $officials }名中高级政府官员
    }应邀积极参加了本次培训。

# Credit line under the article photo.
photo-credit = 图片来源：{ -unido-full }（{ -unido }）

# "10日" is 10 July 2023, the first day of the programme.
# UNVERIFIED: the Chinese characters of "Lu Wenbin" (路文彬), president of the Shanghai National
# Accounting Institute, and of "Dejene Tezera" (德杰内·特泽拉), Director of UNIDO's Department of
# Agri-Business, are the most likely renderings but have not been checked against an official source.
# UNVERIFIED: 农业综合企业司, the Chinese name of UNIDO's Department of Agri-Business, is a rendering
# of the English name, not checked against UNIDO's official Chinese usage.
opening = 10日上午，{ -unido }前总干事李勇作为特邀嘉宾出席开幕式并致辞。{ -snai }（{ -apfdi }）院长路文彬与{ -unido }农业综合企业司司长德杰内·特泽拉代表主办方共同宣布培训开班，并致欢迎辞。他们在致辞中充分肯定了本次活动的积极意义和影响，强调工业园区对各国特别是亚太地区国家的可持续工业发展和经济增长具有重要影响，并鼓励学员开展交流与对话、拓展专业人脉、建立长期合作伙伴关系。

experts = 来自商务部国际贸易经济合作研究院、中国环境科学研究院、上海社会科学院、国家级经济技术开发区绿色发展联盟、哥本哈根大学、东南大学、{ -unido }以及国内知名园区和科技企业的国际专家团队，与学员分享了园区发展的先进经验，并开展了深入的专题研讨，内容涵盖园区规划、招商引资、科技创新、环境保护、循环经济、城镇化和区域价值链等多个领域。实地考察和交流研讨也使学员对园区的开发建设有了直观而深入的了解。

background = 近年来，在{ -china-gov }的支持下，{ -unido }发布了《工业园区国际指南》，开展了分类别、分国别的园区研究，并积极推动实施“工业园区可持续发展平台”等项目。本次培训同样由{ -china-gov }资助，是{ -unido }与{ -china-gov }携手通过南南合作推动发展中国家工业园区可持续发展和能力建设的具体体现。

gratitude = { -unido }衷心感谢{ -china-gov }、合作伙伴{ -snai }（{ -apfdi }）以及全体培训专家和学员对本次培训项目的贡献与支持。{ -unido }将与合作伙伴一道，面向不同地区的国家开展类似的能力建设活动，并继续支持成员国发展工业园区和经济特区，实现包容和可持续的工业化。
