"""The gazetteer: countries, demonyms, capitals, regions, blocs, institutions and groups.

Read by :mod:`aidclaims.parties` (donors and recipients) and :mod:`aidclaims.speakers`.

Sources:
    * Countries: the 193 United Nations member states (un.org "Member States" list) plus
      the observer State of Palestine and the Holy See, and Taiwan and Kosovo, which
      aid reporting names as recipients. Names are the short English forms used by
      wire services (AP/Reuters style), aliases are official long forms and common
      short forms ("U.S.", "Britain", "Türkiye").
    * Demonyms: the adjectival forms in the CIA World Factbook ("Nationality" field)
      and Wikipedia's "List of adjectival and demonymic forms for countries and
      nations"; plurals ("Israelis") are derived in ``parties/scan.py``.
    * Metonyms: national capitals and seats of government as newsrooms use them
      ("Kyiv said", "Washington pledged", "the Kremlin"). Capitals that are also common
      first names or words ("Malé", "Victoria", "Sofia", "Santiago", "Lima") are left
      out on purpose, for speakers too ("Sofia Lindqvist said" names a person).
    * Blocs, institutions and regions: official names and acronyms from the bodies'
      own sites (europa.eu, nato.int, imf.org, worldbank.org, un.org agency list,
      the multilateral development banks).

Proper names are matched case-sensitively (so "US" never matches "us", "Chad" never
"chad"); lower-case entries also match with a capital first letter ("Allies must ...").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple


class Country(NamedTuple):
    """One country: canonical name, other names, adjectives, and metonyms (capitals)."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]


# Canonical name, aliases, demonyms (adjectives: "German military aid"), metonyms
# ("Kyiv" for Ukraine, "Washington" for the United States).
COUNTRIES: Final[tuple[Country, ...]] = (
    Country("Afghanistan", ("Islamic Republic of Afghanistan",), ("Afghan",), ("Kabul",)),
    Country("Albania", (), ("Albanian",), ("Tirana",)),
    Country("Algeria", (), ("Algerian",), ("Algiers",)),
    Country("Andorra", (), ("Andorran",), ("Andorra la Vella",)),
    Country("Angola", (), ("Angolan",), ("Luanda",)),
    Country("Antigua and Barbuda", (), ("Antiguan",), ()),
    Country("Argentina", (), ("Argentine", "Argentinian"), ("Buenos Aires",)),
    Country("Armenia", (), ("Armenian",), ("Yerevan",)),
    Country("Australia", (), ("Australian",), ("Canberra",)),
    Country("Austria", (), ("Austrian",), ("Vienna",)),
    Country("Azerbaijan", (), ("Azerbaijani", "Azeri"), ("Baku",)),
    Country("Bahamas", ("The Bahamas",), ("Bahamian",), ("Nassau",)),
    Country("Bahrain", (), ("Bahraini",), ("Manama",)),
    Country("Bangladesh", (), ("Bangladeshi",), ("Dhaka",)),
    Country("Barbados", (), ("Barbadian", "Bajan"), ("Bridgetown",)),
    Country("Belarus", (), ("Belarusian",), ("Minsk",)),
    Country("Belgium", (), ("Belgian",), ()),
    Country("Belize", (), ("Belizean",), ("Belmopan",)),
    Country("Benin", (), ("Beninese",), ("Porto-Novo", "Cotonou")),
    Country("Bhutan", (), ("Bhutanese",), ("Thimphu",)),
    Country("Bolivia", (), ("Bolivian",), ("La Paz",)),
    Country(
        "Bosnia and Herzegovina", ("Bosnia", "Bosnia-Herzegovina"), ("Bosnian",), ("Sarajevo",)
    ),
    Country("Botswana", (), ("Botswanan", "Motswana"), ("Gaborone",)),
    Country("Brazil", (), ("Brazilian",), ("Brasília", "Brasilia")),
    Country("Brunei", ("Brunei Darussalam",), ("Bruneian",), ("Bandar Seri Begawan",)),
    Country("Bulgaria", (), ("Bulgarian",), ()),
    Country("Burkina Faso", (), ("Burkinabe", "Burkinabè"), ("Ouagadougou",)),
    Country("Burundi", (), ("Burundian",), ("Gitega", "Bujumbura")),
    Country("Cape Verde", ("Cabo Verde",), ("Cape Verdean", "Cabo Verdean"), ("Praia",)),
    Country("Cambodia", (), ("Cambodian",), ("Phnom Penh",)),
    Country("Cameroon", (), ("Cameroonian",), ("Yaoundé", "Yaounde")),
    Country("Canada", (), ("Canadian",), ("Ottawa",)),
    Country("Central African Republic", ("CAR",), ("Central African",), ("Bangui",)),
    Country("Chad", (), ("Chadian",), ("N'Djamena", "N’Djamena")),
    Country("Chile", (), ("Chilean",), ()),
    Country(
        "China",
        ("People's Republic of China", "PRC", "mainland China"),
        ("Chinese",),
        ("Beijing", "Zhongnanhai"),
    ),
    Country("Colombia", (), ("Colombian",), ("Bogotá", "Bogota")),
    Country("Comoros", (), ("Comoran", "Comorian"), ("Moroni",)),
    Country("Republic of the Congo", ("Congo-Brazzaville", "Congo Republic"), (), ("Brazzaville",)),
    Country("Costa Rica", (), ("Costa Rican",), ()),
    Country(
        "Ivory Coast",
        ("Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire"),
        ("Ivorian",),
        ("Abidjan", "Yamoussoukro"),
    ),
    Country("Croatia", (), ("Croatian",), ("Zagreb",)),
    Country("Cuba", (), ("Cuban",), ("Havana",)),
    Country("Cyprus", (), ("Cypriot",), ("Nicosia",)),
    Country("Czech Republic", ("Czechia",), ("Czech",), ("Prague",)),
    Country(
        "North Korea",
        ("DPRK", "Democratic People's Republic of Korea"),
        ("North Korean",),
        ("Pyongyang",),
    ),
    Country(
        "Democratic Republic of the Congo",
        ("DR Congo", "DRC", "D.R.C.", "Congo", "Congo-Kinshasa", "DR of Congo"),
        ("Congolese",),
        ("Kinshasa",),
    ),
    Country("Denmark", (), ("Danish",), ("Copenhagen",)),
    Country("Djibouti", (), ("Djiboutian",), ()),
    Country("Dominica", (), (), ("Roseau",)),
    Country("Dominican Republic", (), ("Dominican",), ("Santo Domingo",)),
    Country("Ecuador", (), ("Ecuadorian",), ("Quito",)),
    Country("Egypt", (), ("Egyptian",), ("Cairo",)),
    Country("El Salvador", (), ("Salvadoran", "Salvadorian"), ("San Salvador",)),
    Country("Equatorial Guinea", (), ("Equatoguinean", "Equatorial Guinean"), ("Malabo",)),
    Country("Eritrea", (), ("Eritrean",), ("Asmara",)),
    Country("Estonia", (), ("Estonian",), ("Tallinn",)),
    Country("Eswatini", ("Swaziland",), ("Swazi",), ("Mbabane",)),
    Country("Ethiopia", (), ("Ethiopian",), ("Addis Ababa",)),
    Country("Fiji", (), ("Fijian",), ("Suva",)),
    Country("Finland", (), ("Finnish",), ("Helsinki",)),
    Country("France", (), ("French",), ("Paris", "Élysée", "Elysee")),
    Country("Gabon", (), ("Gabonese",), ("Libreville",)),
    Country("Gambia", ("The Gambia",), ("Gambian",), ("Banjul",)),
    Country("Georgia", (), ("Georgian",), ("Tbilisi",)),
    Country("Germany", ("Federal Republic of Germany",), ("German",), ("Berlin",)),
    Country("Ghana", (), ("Ghanaian",), ("Accra",)),
    Country("Greece", (), ("Greek",), ("Athens",)),
    Country("Grenada", (), ("Grenadian",), ()),
    Country("Guatemala", (), ("Guatemalan",), ("Guatemala City",)),
    Country("Guinea", (), ("Guinean",), ("Conakry",)),
    Country("Guinea-Bissau", (), ("Bissau-Guinean",), ("Bissau",)),
    Country("Guyana", (), ("Guyanese",), ("Georgetown",)),
    Country("Haiti", (), ("Haitian",), ("Port-au-Prince",)),
    Country("Honduras", (), ("Honduran",), ("Tegucigalpa",)),
    Country("Hungary", (), ("Hungarian",), ("Budapest",)),
    Country("Iceland", (), ("Icelandic",), ("Reykjavik", "Reykjavík")),
    Country("India", ("Republic of India",), ("Indian",), ("New Delhi", "Delhi")),
    Country("Indonesia", (), ("Indonesian",), ("Jakarta",)),
    Country("Iran", ("Islamic Republic of Iran",), ("Iranian",), ("Tehran",)),
    Country("Iraq", (), ("Iraqi",), ("Baghdad",)),
    Country("Ireland", ("Republic of Ireland",), ("Irish",), ("Dublin",)),
    Country("Israel", (), ("Israeli",), ("Tel Aviv", "Jerusalem")),
    Country("Italy", (), ("Italian",), ("Rome",)),
    Country("Jamaica", (), ("Jamaican",), ("Kingston",)),
    Country("Japan", (), ("Japanese",), ("Tokyo",)),
    Country("Jordan", (), ("Jordanian",), ("Amman",)),
    Country("Kazakhstan", (), ("Kazakh", "Kazakhstani"), ("Astana",)),
    Country("Kenya", (), ("Kenyan",), ("Nairobi",)),
    Country("Kiribati", (), (), ("Tarawa",)),
    Country("Kuwait", (), ("Kuwaiti",), ("Kuwait City",)),
    Country("Kyrgyzstan", ("Kyrgyz Republic",), ("Kyrgyz",), ("Bishkek",)),
    Country("Laos", ("Lao PDR",), ("Laotian",), ("Vientiane",)),
    Country("Latvia", (), ("Latvian",), ("Riga",)),
    Country("Lebanon", (), ("Lebanese",), ("Beirut",)),
    Country("Lesotho", (), ("Basotho",), ("Maseru",)),
    Country("Liberia", (), ("Liberian",), ("Monrovia",)),
    Country("Libya", (), ("Libyan",), ("Tripoli",)),
    Country("Liechtenstein", (), ("Liechtensteiner",), ("Vaduz",)),
    Country("Lithuania", (), ("Lithuanian",), ("Vilnius",)),
    Country("Luxembourg", (), ("Luxembourgish",), ()),
    Country("Madagascar", (), ("Malagasy",), ("Antananarivo",)),
    Country("Malawi", (), ("Malawian",), ("Lilongwe",)),
    Country("Malaysia", (), ("Malaysian",), ("Kuala Lumpur",)),
    Country("Maldives", ("the Maldives",), ("Maldivian",), ()),
    Country("Mali", (), ("Malian",), ("Bamako",)),
    Country("Malta", (), ("Maltese",), ("Valletta",)),
    Country("Marshall Islands", (), ("Marshallese",), ("Majuro",)),
    Country("Mauritania", (), ("Mauritanian",), ("Nouakchott",)),
    Country("Mauritius", (), ("Mauritian",), ("Port Louis",)),
    Country("Mexico", (), ("Mexican",), ("Mexico City",)),
    Country("Micronesia", ("Federated States of Micronesia",), ("Micronesian",), ("Palikir",)),
    Country("Monaco", (), ("Monegasque",), ()),
    Country("Mongolia", (), ("Mongolian",), ("Ulaanbaatar",)),
    Country("Montenegro", (), ("Montenegrin",), ("Podgorica",)),
    Country("Morocco", (), ("Moroccan",), ("Rabat",)),
    Country("Mozambique", (), ("Mozambican",), ("Maputo",)),
    Country("Myanmar", ("Burma",), ("Burmese",), ("Naypyidaw", "Yangon")),
    Country("Namibia", (), ("Namibian",), ("Windhoek",)),
    Country("Nauru", (), ("Nauruan",), ()),
    Country("Nepal", (), ("Nepali", "Nepalese"), ("Kathmandu",)),
    Country("Netherlands", ("Holland", "The Netherlands"), ("Dutch",), ("Amsterdam", "The Hague")),
    Country("New Zealand", (), (), ("Wellington",)),
    Country("Nicaragua", (), ("Nicaraguan",), ("Managua",)),
    Country("Niger", (), ("Nigerien",), ("Niamey",)),
    Country("Nigeria", (), ("Nigerian",), ("Abuja",)),
    Country("North Macedonia", ("Macedonia",), ("Macedonian", "North Macedonian"), ("Skopje",)),
    Country("Norway", (), ("Norwegian",), ("Oslo",)),
    Country("Oman", (), ("Omani",), ("Muscat",)),
    Country("Pakistan", (), ("Pakistani",), ("Islamabad",)),
    Country("Palau", (), ("Palauan",), ()),
    Country("Panama", (), ("Panamanian",), ("Panama City",)),
    Country("Papua New Guinea", ("PNG",), ("Papua New Guinean",), ("Port Moresby",)),
    Country("Paraguay", (), ("Paraguayan",), ("Asunción", "Asuncion")),
    Country("Peru", (), ("Peruvian",), ()),
    Country("Philippines", ("the Philippines",), ("Philippine", "Filipino"), ("Manila",)),
    Country("Poland", (), ("Polish",), ("Warsaw",)),
    Country("Portugal", (), ("Portuguese",), ("Lisbon",)),
    Country("Qatar", (), ("Qatari",), ("Doha",)),
    # "Korea" alone: the South in aid reporting ("Korea pledged $300 million")
    Country("South Korea", ("Republic of Korea", "ROK", "Korea"), ("South Korean",), ("Seoul",)),
    Country(
        "Moldova", ("Republic of Moldova",), ("Moldovan",), ("Chisinau", "Chișinău", "Kishinev")
    ),
    Country("Romania", (), ("Romanian",), ("Bucharest",)),
    Country("Russia", ("Russian Federation",), ("Russian",), ("Moscow", "Kremlin")),
    Country("Rwanda", (), ("Rwandan",), ("Kigali",)),
    Country(
        "Saint Kitts and Nevis",
        ("St Kitts and Nevis", "St. Kitts and Nevis"),
        ("Kittitian",),
        ("Basseterre",),
    ),
    Country("Saint Lucia", ("St Lucia", "St. Lucia"), ("Saint Lucian", "St Lucian"), ("Castries",)),
    Country(
        "Saint Vincent and the Grenadines",
        ("St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
        ("Vincentian",),
        ("Kingstown",),
    ),
    Country("Samoa", (), ("Samoan",), ("Apia",)),
    Country("San Marino", (), ("Sammarinese",), ()),
    Country("Sao Tome and Principe", ("São Tomé and Príncipe",), ("Santomean",), ()),
    Country("Saudi Arabia", ("Kingdom of Saudi Arabia", "KSA"), ("Saudi",), ("Riyadh",)),
    Country("Senegal", (), ("Senegalese",), ("Dakar",)),
    Country("Serbia", (), ("Serbian",), ("Belgrade",)),
    Country("Seychelles", (), ("Seychellois",), ()),
    Country("Sierra Leone", (), ("Sierra Leonean",), ("Freetown",)),
    Country("Singapore", (), ("Singaporean",), ()),
    Country("Slovakia", ("Slovak Republic",), ("Slovak",), ("Bratislava",)),
    Country("Slovenia", (), ("Slovenian", "Slovene"), ("Ljubljana",)),
    Country("Solomon Islands", (), (), ("Honiara",)),
    Country("Somalia", (), ("Somali",), ("Mogadishu",)),
    Country("South Africa", (), ("South African",), ("Pretoria",)),
    Country("South Sudan", (), ("South Sudanese",), ("Juba",)),
    Country("Spain", (), ("Spanish",), ("Madrid",)),
    Country("Sri Lanka", (), ("Sri Lankan",), ("Colombo",)),
    Country("Sudan", (), ("Sudanese",), ("Khartoum",)),
    Country("Suriname", (), ("Surinamese",), ("Paramaribo",)),
    Country("Sweden", (), ("Swedish",), ("Stockholm",)),
    Country("Switzerland", (), ("Swiss",), ("Bern",)),
    Country("Syria", ("Syrian Arab Republic",), ("Syrian",), ("Damascus",)),
    Country("Tajikistan", (), ("Tajik",), ("Dushanbe",)),
    Country("Thailand", (), ("Thai",), ("Bangkok",)),
    Country("Timor-Leste", ("East Timor",), ("Timorese",), ("Dili",)),
    Country("Togo", (), ("Togolese",), ("Lomé", "Lome")),
    Country("Tonga", (), ("Tongan",), ("Nuku'alofa",)),
    Country("Trinidad and Tobago", ("Trinidad",), ("Trinidadian",), ("Port of Spain",)),
    Country("Tunisia", (), ("Tunisian",), ("Tunis",)),
    Country("Turkey", ("Türkiye", "Turkiye"), ("Turkish",), ("Ankara",)),
    Country("Turkmenistan", (), ("Turkmen",), ("Ashgabat",)),
    Country("Tuvalu", (), ("Tuvaluan",), ("Funafuti",)),
    Country("Uganda", (), ("Ugandan",), ("Kampala",)),
    Country("Ukraine", (), ("Ukrainian",), ("Kyiv", "Kiev")),
    Country("United Arab Emirates", ("UAE", "U.A.E.", "Emirates"), ("Emirati",), ("Abu Dhabi",)),
    Country(
        "United Kingdom",
        (
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland",
        ),
        ("British",),
        ("London", "Downing Street", "Whitehall"),
    ),
    Country(
        "Tanzania", ("United Republic of Tanzania",), ("Tanzanian",), ("Dodoma", "Dar es Salaam")
    ),
    Country(
        "United States",
        ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
        ("American",),
        (
            "Washington",
            "White House",
            # the legislature gives for the country: "Congress approved", "the Senate passed"
            # and "Washington pledged" are one donor
            "Congress",
            "U.S. Congress",
            "US Congress",
            "U.S. House of Representatives",
            "US House of Representatives",
            "U.S. House",
            "US House",  # headline style: "US House backs $X billion aid bill"
            "U.S. Senate",
            "US Senate",
            # bare, capitalised: in aid reporting overwhelmingly the US chambers ("The Senate
            # on Thursday approved $40 billion for Kyiv", "the House of Representatives passed")
            "Senate",
            "House of Representatives",
        ),
    ),
    Country("Uruguay", (), ("Uruguayan",), ("Montevideo",)),
    Country("Uzbekistan", (), ("Uzbek",), ("Tashkent",)),
    Country("Vanuatu", (), ("Ni-Vanuatu",), ("Port Vila",)),
    Country("Venezuela", (), ("Venezuelan",), ("Caracas",)),
    Country("Vietnam", ("Viet Nam",), ("Vietnamese",), ("Hanoi",)),
    Country("Yemen", (), ("Yemeni",), ("Sanaa", "Sana'a")),
    Country("Zambia", (), ("Zambian",), ("Lusaka",)),
    Country("Zimbabwe", (), ("Zimbabwean",), ("Harare",)),
    Country(
        "Palestine",
        ("State of Palestine", "Palestinian territories", "occupied Palestinian territories"),
        ("Palestinian",),
        ("Ramallah",),
    ),
    Country("Vatican", ("Holy See", "Vatican City"), (), ()),
    Country("Taiwan", ("Republic of China",), ("Taiwanese",), ("Taipei",)),
    Country("Kosovo", (), ("Kosovar",), ("Pristina",)),
)

# Regions and territories named as recipients ("aid to the Caribbean", "for Gaza").
# The leading "the" is not part of an entry; the West needs it ("the West pledged").
REGIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "Africa": "Africa",
        "sub-Saharan Africa": "sub-Saharan Africa",
        "Sub-Saharan Africa": "sub-Saharan Africa",
        "North Africa": "North Africa",
        "West Africa": "West Africa",
        "East Africa": "East Africa",
        "Central Africa": "Central Africa",
        "Southern Africa": "Southern Africa",
        "Horn of Africa": "Horn of Africa",
        "Sahel": "Sahel",
        "Caribbean": "Caribbean",
        "Middle East": "Middle East",
        "Latin America": "Latin America",
        "Central America": "Central America",
        "South America": "South America",
        "Europe": "Europe",
        "Eastern Europe": "Eastern Europe",
        "Balkans": "Balkans",
        "Western Balkans": "Western Balkans",
        "Asia": "Asia",
        "South Asia": "South Asia",
        "Southeast Asia": "Southeast Asia",
        "South-East Asia": "Southeast Asia",
        "Central Asia": "Central Asia",
        "Asia-Pacific": "Asia-Pacific",
        "Indo-Pacific": "Indo-Pacific",
        "Pacific Islands": "Pacific Islands",
        "Gaza": "Gaza",
        "Gaza Strip": "Gaza",
        "West Bank": "West Bank",
        "Donbas": "Donbas",
        "Donbass": "Donbas",
        "Darfur": "Darfur",
        "Tigray": "Tigray",
        "Global South": "Global South",
        "the West": "West",
        "The West": "West",
        "Indian Ocean": "Indian Ocean",  # keeps "Indian" (India) from matching here
    }
)

# Region adjectives, used like demonyms ("European allies", "African countries").
REGION_ADJECTIVES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "African": "Africa",
        "European": "Europe",
        "Asian": "Asia",
        "Latin American": "Latin America",
        "Middle Eastern": "Middle East",
        "Western": "West",  # "Western allies", "Western partners"
        "Nordic": "Nordic countries",
        "Scandinavian": "Scandinavia",
        "Baltic": "Baltic states",
        "Gulf": "Gulf states",  # "Gulf states pledged"
        "Arab": "Arab states",
        "Pacific": "Pacific",
    }
)

# Named blocs and alliances. Acronyms are case-sensitive ("EU", never "eu").
BLOCS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "European Union": "European Union",
        "EU": "European Union",
        "E.U.": "European Union",
        "NATO": "NATO",
        "Nato": "NATO",  # BBC and Guardian style
        "North Atlantic Treaty Organization": "NATO",
        "G7": "G7",
        "G-7": "G7",
        "Group of Seven": "G7",
        "G20": "G20",
        "G-20": "G20",
        "Group of 20": "G20",
        "African Union": "African Union",
        "ASEAN": "ASEAN",
        "Gulf Cooperation Council": "Gulf Cooperation Council",
        "GCC": "Gulf Cooperation Council",
        "BRICS": "BRICS",
        "OPEC": "OPEC",
        "Arab League": "Arab League",
        "OSCE": "OSCE",
        "Ukraine Defense Contact Group": "Ukraine Defense Contact Group",
        "Ramstein group": "Ukraine Defense Contact Group",
        "Nordic-Baltic Eight": "Nordic-Baltic Eight",
        "Paris Club": "Paris Club",
        "Brussels": "European Union",  # the usual metonym, not Belgium's capital
    }
)

# Unnamed groups of givers ("the allies must allocate", "member states have pledged").
GENERIC_DONORS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "allies": "allies",
        "partners": "partners",
        "member states": "member states",
        "member countries": "member countries",
        "donors": "donors",
        "donor countries": "donor countries",
        "donor nations": "donor nations",
        "international community": "international community",
        "backers": "backers",
        "supporters": "supporters",
        # climate finance and development: "developed countries agreed to provide $300bn"
        "developed countries": "developed countries",
        "developed nations": "developed countries",
        "wealthy countries": "wealthy countries",
        "wealthy nations": "wealthy countries",
        "donor governments": "donor governments",
        "advanced economies": "advanced economies",
    }
)

# International institutions and national agencies. Agencies that stand for a
# government keep their own name: gold accepts "Pentagon" as well as "United States".
INSTITUTIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # --- UN system
        "UN": "United Nations",
        "U.N.": "United Nations",
        "United Nations": "United Nations",
        "UNHCR": "UNHCR",
        "UN Refugee Agency": "UNHCR",
        "UNICEF": "UNICEF",
        "Unicef": "UNICEF",
        "WFP": "World Food Programme",
        "World Food Programme": "World Food Programme",
        "World Food Program": "World Food Programme",
        "UNRWA": "UNRWA",
        "OCHA": "OCHA",
        "UNDP": "UNDP",
        "UNFPA": "UNFPA",
        "WHO": "World Health Organization",
        "World Health Organization": "World Health Organization",
        "FAO": "FAO",
        "IOM": "IOM",
        "CERF": "CERF",
        "IFAD": "IFAD",
        # --- Lenders
        "IMF": "IMF",
        "International Monetary Fund": "IMF",
        "World Bank": "World Bank",
        "IFC": "IFC",
        "EIB": "European Investment Bank",
        "European Investment Bank": "European Investment Bank",
        "EBRD": "EBRD",
        "European Bank for Reconstruction and Development": "EBRD",
        "ADB": "Asian Development Bank",
        "Asian Development Bank": "Asian Development Bank",
        "AfDB": "African Development Bank",
        "African Development Bank": "African Development Bank",
        "IDB": "Inter-American Development Bank",
        "Inter-American Development Bank": "Inter-American Development Bank",
        "AIIB": "AIIB",
        "Islamic Development Bank": "Islamic Development Bank",
        # --- EU bodies
        "European Commission": "European Commission",
        "ECHO": "European Commission",  # EU humanitarian aid department
        "European Council": "European Council",
        # the Council of Ministers, which adopts EU loans and aid: "the Council of the EU
        # approved €1.8 billion for Ukraine"
        "Council of the EU": "Council of the European Union",
        "Council of the European Union": "Council of the European Union",
        "EU Council": "Council of the European Union",
        "European Parliament": "European Parliament",
        "European Peace Facility": "European Peace Facility",
        # --- Red Cross and funds
        "Red Cross": "Red Cross",
        "ICRC": "Red Cross",
        "International Committee of the Red Cross": "Red Cross",
        "Red Crescent": "Red Crescent",
        # national societies: "The Japanese Red Cross Society pledged $200,000"
        "Red Cross Society": "Red Cross",
        "Red Crescent Society": "Red Crescent",
        "Global Fund": "Global Fund",
        "Gavi": "Gavi",
        # --- National agencies and departments
        "USAID": "USAID",
        "Pentagon": "Pentagon",
        "State Department": "State Department",
        "Department of State": "State Department",
        "Defense Department": "Pentagon",
        "Department of Defense": "Pentagon",
        "FCDO": "FCDO",
        "Foreign Office": "Foreign Office",
        "JICA": "JICA",
        "KfW": "KfW",
        "GIZ": "GIZ",
        "AFD": "AFD",
        "Sida": "Sida",
        "SIDA": "Sida",
        "Norad": "Norad",
        "Danida": "Danida",
        "DANIDA": "Danida",
    }
)

#: Month each country's fiscal year starts in; a country not listed counts calendar years.
#: Sources: national budget calendars (finance ministries' budget documents; the IMF's
#: Government Finance Statistics country notes). Nepal's year starts mid-July (Shrawan 1):
#: July here.
FISCAL_START_BY_COUNTRY: Final[Mapping[str, int]] = MappingProxyType(
    {
        # April-March: "FY2024-25" in Delhi, London, Tokyo, Ottawa
        "India": 4,
        "United Kingdom": 4,
        "Japan": 4,
        "Canada": 4,
        "South Africa": 4,
        "Hong Kong": 4,
        "Singapore": 4,
        "Myanmar": 4,
        # July-June: "FY2023-24" in Dhaka, Islamabad, Canberra, Cairo, Wellington, Nairobi
        "Bangladesh": 7,
        "Pakistan": 7,
        "Australia": 7,
        "New Zealand": 7,
        "Egypt": 7,
        "Kenya": 7,
        "Uganda": 7,
        "Tanzania": 7,
        "Nepal": 7,
        "Bhutan": 7,
        "Ethiopia": 7,
        "Sudan": 7,
        # October-September: "fiscal year 2026" in Washington
        "United States": 10,
        "Thailand": 10,
        "Haiti": 10,
    }
)

#: Countries that name a fiscal year by the year it starts in: Japan's "fiscal 2019" runs
#: from April 2019 to March 2020 (Ministry of Finance usage), while "FY2025" elsewhere is
#: the year ending in 2025.
FISCAL_NAMED_BY_START_YEAR: Final[frozenset[str]] = frozenset({"Japan"})

#: The country a national agency spends for: "the Pentagon will send $400 million" is US
#: money, "JICA extended ¥15 billion" Japanese (which dollar, whose fiscal year).
INSTITUTION_COUNTRY: Final[Mapping[str, str]] = MappingProxyType(
    {
        "USAID": "United States",
        "Pentagon": "United States",
        "State Department": "United States",
        "FCDO": "United Kingdom",
        "Foreign Office": "United Kingdom",
        "JICA": "Japan",
        "KfW": "Germany",
        "GIZ": "Germany",
        "AFD": "France",
        "Sida": "Sweden",
        "Norad": "Norway",
        "Danida": "Denmark",
    }
)

#: The bloc whose budget an institution spends: "the Commission will give €1 billion" and
#: "the EU pledged €1 billion" are one donor's money (read by :mod:`aidclaims.pledges`).
INSTITUTION_BLOC: Final[Mapping[str, str]] = MappingProxyType(
    {
        "European Commission": "European Union",
        "European Council": "European Union",
        "Council of the European Union": "European Union",
        "European Parliament": "European Union",
        "European Peace Facility": "European Union",
    }
)

# Population groups: recipients only ("for Rohingya refugees", "civilians in Gaza").
GROUPS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "refugees": "refugees",
        "Rohingya refugees": "Rohingya refugees",
        "Rohingya": "Rohingya",
        "civilians": "civilians",
        "internally displaced persons": "internally displaced persons",
        "internally displaced people": "internally displaced persons",
        "displaced people": "displaced people",
        "displaced persons": "displaced people",
        "IDPs": "internally displaced persons",
        "asylum seekers": "asylum seekers",
        "migrants": "migrants",
        "host communities": "host communities",
        "returnees": "returnees",
        # disaster victims: "€5 million to flood victims in Valencia"
        "victims": "victims",
        "flood victims": "flood victims",
        "earthquake victims": "earthquake victims",
        "quake victims": "earthquake victims",
        "survivors": "survivors",
        "people in need": "people in need",
        # climate finance: "$300 billion a year to developing countries"
        "developing countries": "developing countries",
        "developing nations": "developing countries",
        "poorer countries": "poorer countries",
        "poor countries": "poor countries",
        "low-income countries": "low-income countries",
    }
)

# Names that are also first names or surnames: a hit is dropped when a capitalised
# word that is not a function word touches it ("Michael Jordan", "Washington Post").
AMBIGUOUS_NAMES: Final[frozenset[str]] = frozenset(
    {
        "Jordan",
        "Chad",
        "Israel",
        "Washington",
        "Georgia",
        "Kenya",
        "Paris",
        "Kingston",
        "Georgetown",
        "Nassau",
        "Congress",
        "Niger",
    }
)


def _folded_place_names() -> frozenset[str]:
    forms: list[str] = []
    for c in COUNTRIES:
        forms += [c.name, *c.aliases, *c.metonyms]
    forms += [*REGIONS, *BLOCS]
    folded = {f.casefold() for f in forms}
    return frozenset(folded | {"the " + f for f in folded if not f.startswith("the ")})


#: Every name of a place that acts (a country's names and seats of government, a region, a
#: bloc), case-folded, also after "the": what "Germany said", "Kyiv announced", "the United
#: States said" or "the EU said" name. Demonyms, institutions and groups are not places.
#: Gaza is a region, never a country: "Gaza" and "the Gaza Strip" come from REGIONS.
PLACE_NAMES_FOLDED: Final[frozenset[str]] = _folded_place_names()
