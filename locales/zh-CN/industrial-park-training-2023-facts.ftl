## 概况：亚太地区工业园区领导力培训项目（2023年）。
##
## 只收录工发组织2023年7月28日发布的报道中的事实，不增不减。与该报道一样，中文原文暂缺，
## 本文据英文版编译。
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String), $programme-dates (String).

-provenance = 本文据工发组织发布的英文报道编译，中文原文暂缺。

facts-title = 亚太地区工业园区领导力培训项目概况

# Variables:
#   $programme-dates (String) - the date range of the programme.
facts-when-and-where = 时间与地点：{ $programme-dates }，中国上海，面授培训。

facts-organisers = 主办方：{ -unido-full }（{ -unido }）与{ -snai }（{ -apfdi }）合作举办，{ -china-gov }资助。

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
facts-participants =
    参加者：来自{ $country-list }{ $countries ->
       *[other] { $countries }个国家
    }、从事工业园区和经济特区开发建设工作的{ $officials ->
       *[other] { $officials }名中高级政府官员
    }。

facts-topics = 培训内容：园区规划、招商引资、科技创新、环境保护、循环经济、城镇化和区域价值链，并安排实地考察和交流研讨。
