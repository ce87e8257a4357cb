## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Solomon Islands English (en-SB): the English text, every message identical to en and marked
## `# fluentpress: identical`; dates and numbers use en-SB's formats.

# fluentpress: identical
facts-title = Industrial Park Leadership Training Programme for the Asia-Pacific Region: the facts

# fluentpress: identical
facts-when-and-where = When and where: { $programme-dates }, in Shanghai, China, as face-to-face training.

# fluentpress: identical
facts-organisers = Organizers: the { -unido-full } ({ -unido }), in cooperation with the { -snai } ({ -apfdi }); funded by the { -china-gov }.

# fluentpress: identical
facts-participants =
    Participants: { $officials ->
        [one] one medium or senior government official
       *[other] { $officials } medium and senior government officials
    } engaged in the development of industrial parks and special economic zones, from { $countries ->
        [one] one country
       *[other] { $countries } countries
    }: { $country-list }.

# fluentpress: identical
facts-topics = Topics: park planning, investment promotion, scientific and technological innovation, environmental protection, circular economy, urbanization and regional value chains, with field visits and discussions.
