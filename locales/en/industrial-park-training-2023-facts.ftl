## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Only facts stated in UNIDO's announcement of 28 July 2023.

facts-title = Industrial Park Leadership Training Programme for the Asia-Pacific Region: the facts

facts-when-and-where = When and where: { $programme-dates }, in Shanghai, China, as face-to-face training.

facts-organisers = Organizers: the { -unido-full } ({ -unido }), in cooperation with the { -snai } ({ -apfdi }); funded by the { -china-gov }.

facts-participants =
    Participants: { $officials ->
        [one] one medium or senior government official
       *[other] { $officials } medium and senior government officials
    } engaged in the development of industrial parks and special economic zones, from { $countries ->
        [one] one country
       *[other] { $countries } countries
    }: { $country-list }.

facts-topics = Topics: park planning, investment promotion, scientific and technological innovation, environmental protection, circular economy, urbanization and regional value chains, with field visits and discussions.
