"""A labelled synthetic test set for the de-identifier: sentences in young people's register, each with the
identifying values it contains and their type. Generated from templates with a fixed seed; every name,
number and place is invented (phone numbers from Ofcom's drama ranges, example.* domains)."""

import random

FIRST = [
    "Jayden",
    "Tyler",
    "Amara",
    "Kai",
    "Leah",
    "Reece",
    "Zara",
    "Musa",
    "Chloe",
    "Dylan",
    "Precious",
    "Rio",
    "Tariq",
    "Sienna",
    "Kyle",
    "Nia",
    "Ellie",
    "Harvey",
    "Jodie",
    "Callum",
    "Shanice",
    "Dominic",
    "Keisha",
    "Bradley",
    "Levi",
    "Tamsin",
    "Aleksander",
    "Oluwaseun",
    "Nathaniel",
    "Kerry",
]
LAST = ["Smith", "Khan", "Okafor", "Williams", "Brown", "Patel", "Nowak", "Hughes", "Campbell", "Ahmed"]
MOBILES = ["07700 900{:03d}", "07700900{:03d}", "+44 7700 900{:03d}", "07700-900-{:03d}", "+447700900{:03d}"]
LANDLINES = ["0113 496 0{:03d}", "020 7946 0{:03d}", "(0161) 496 0{:03d}", "01632 960{:03d}"]
EMAIL_USERS = ["jay.smith", "kai_2009", "bigman", "leah.x", "tyler99", "no.one"]
EMAIL_DOMAINS = ["example.com", "example.org", "mail.example.co.uk"]
POSTCODES = ["BR1 4XY", "E1 6AN", "M1 1AE", "LS6 2QT", "B33 8TH", "SW1A 1AA", "ec1v 9hx", "CR26XH"]
STREETS = ["Mill Lane", "Station Road", "Holloway Close", "Vale Street", "Northgate Avenue", "Kingsway Drive"]
SCHOOLS = [
    "Eastmoor Academy",
    "Brackenford High School",
    "Riverside College",
    "St Anne's Primary School",
    "Northgate Community School",
    "Holloway Vale Academy",
]
HANDLES = ["@jaybird_22", "@kai.x", "@tyler_99", "@realzara", "@bigman.official"]
PLATFORM_HANDLES = [
    "snap: jaybird22",
    "my snap is kaix99",
    "insta: realzara",
    "tiktok is tyler_99x",
    "discord: bigman77",
]
URLS = [
    "https://example.com/groupchat",
    "www.example.org/meet",
    "example.co.uk/invite/xyz",
    "http://bit.example.com/abc",
]

NAME_TEMPLATES = [
    "My name is {name} and I'm 14",
    "my friend {name} got asked to carry a bag",
    "{name} told me they'd pay me to drop stuff off",
    "a man called {name} kept messaging me",
    "I'm called {name} but don't tell anyone",
    "there's a boy named {name} who hangs round the park",
    "my cousin {name} went missing for two days",
    "Mr {last} at school is the only one who listens",
    "my youth worker {name} helped me loads",
    "me and {name} were picked up in a car",
    "{name} {last} gave us free food then said we owed him",
]
OTHER_TEMPLATES = {
    "PHONE": [
        "text me on {v}",
        "they gave out {v} and said ring it",
        "call {v} if you want work",
        "his number was {v}",
    ],
    "EMAIL": ["email me at {v}", "he used {v} to send stuff", "contact {v}"],
    "POSTCODE": ["I live near {v}", "the house is in {v} somewhere", "postcode {v} is where it happens"],
    "ADDRESS": ["it happens at {v}", "they took us to {v}", "I stay at {v} with my nan"],
    "SCHOOL": ["I go to {v}", "kids from {v} get targeted", "older lads wait outside {v}"],
    "HANDLE": ["add me {v}", "he messaged from {v}", "{v} is the account that sends stuff"],
    "URL": ["they sent a link {v}", "it's all on {v}", "join at {v} they said"],
}
NEGATIVES = [
    "I feel unsafe at the park when it gets dark",
    "Will anyone actually read this?",
    "May be better if there were more youth clubs",
    "In 2 days they came back",
    "I was called names at school",
    "my friend said it was fine but it wasn't",
    "They said we owe them 200 pounds",
    "The bus station on Station Road is dodgy at night",
    "Adults don't listen, they blame us",
    "Online is worse than outside tbh",
    "I got 10 messages in an hour",
    "School is the only safe place",
    "At School they never talk about this",
    "Police just move us on",
    "Grace period for paying back is a lie",
    "Hope things get better round here",
    "The older ones call it going country",
    "I'd talk to a teacher I trust",
    "Nobody cares until it's too late",
    "Childline helped me once",
]


def value_for(kind: str, rng: random.Random) -> str:
    n = rng.randint(0, 999)
    return {
        "PHONE": rng.choice(MOBILES + LANDLINES).format(n),
        "EMAIL": f"{rng.choice(EMAIL_USERS)}@{rng.choice(EMAIL_DOMAINS)}",
        "POSTCODE": rng.choice(POSTCODES),
        "ADDRESS": f"{rng.randint(1, 250)} {rng.choice(STREETS)}",
        "SCHOOL": rng.choice(SCHOOLS),
        "HANDLE": rng.choice(HANDLES + PLATFORM_HANDLES),
        "URL": rng.choice(URLS),
    }[kind]


def corpus(size: int = 600, seed: int = 7) -> list[tuple[str, list[tuple[str, str]]]]:
    """(sentence, [(type, raw value), ...]); about a fifth of sentences contain nothing identifying."""
    rng = random.Random(seed)
    items = []
    kinds = list(OTHER_TEMPLATES)
    for i in range(size):
        roll = i % 10
        if roll < 2:
            items.append((rng.choice(NEGATIVES), []))
        elif roll < 5:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            template = rng.choice(NAME_TEMPLATES)
            sentence = template.format(name=first, last=last)
            value = (
                f"{first} {last}"
                if "{name} {last}" in template
                else (last if "{name}" not in template else first)
            )
            items.append((sentence, [("NAME", value)]))
        else:
            kind = kinds[i % len(kinds)]
            raw = value_for(kind, rng)
            if kind == "HANDLE" and not raw.startswith("@"):
                raw_value = raw.split()[-1]
                sentence = f"{rng.choice(['he said', 'message them', 'they told me'])} {raw}"
            else:
                raw_value = raw
                sentence = rng.choice(OTHER_TEMPLATES[kind]).format(v=raw)
            items.append((sentence, [(kind, raw_value)]))
    return items
