# 导入测试的小项目。

-brand = 流畅出版
    .gender = neuter

title = 欢迎使用 { -brand }
greeting = 你好，{ $name }！
    .title = 问候
files =
    { $count ->
        [one] 一个文件
       *[other] { $count } 个文件
    }
notice =
    第一行。
    第二行，带有 <b>标记</b> & 符号。
