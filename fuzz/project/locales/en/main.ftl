# A small project for the import target.

-brand = Fluentpress
    .gender = neuter

title = Welcome to { -brand }
greeting = Hello, { $name }!
    .title = Greeting
files =
    { $count ->
        [one] One file
       *[other] { $count } files
    }
notice =
    First line.
    Second line, with <b>markup</b> & a sign.
