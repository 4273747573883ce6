"""Synthetic identifier generators with correct check digits, for the xborder evaluation corpus.

Every generator takes a seeded ``random.Random`` and returns a string. Positive generators return values
that are VALID for their type (check digits, allocated number segments, real date, real prefix). The
``bad_*`` helpers return look-alikes that deliberately FAIL the type's check (for hard negatives).

The algorithms follow /work/shared/reference/cross-border-facts.md §3 (resident ID MOD 11-2, USCC, HKID,
Taiwan ID, Luhn, IMEI, IBAN MOD 97-10, US SSN rules). ``selftest()`` checks them against the published
test vectors quoted there. Standard library only.
"""

from __future__ import annotations

import datetime as _dt
import random
import string

# --------------------------------------------------------------------------------------------------
# Check-digit algorithms


def mod11_2_check(first17: str) -> str:
    """GB 11643-1999 / ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(first17, weights))
    return "10X98765432"[s % 11]


def is_valid_resident_id(value: str) -> bool:
    v = value.upper()
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return mod11_2_check(v[:17]) == v[17]


def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_check(first17: str) -> str:
    s = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return USCC_ALPHABET[(31 - s % 31) % 31]


def org_code_check(first8: str) -> str:
    """GB 11714 organisation-code check character (positions 9-16 of a USCC → position 17)."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, weights))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def is_valid_uscc(v: str) -> bool:
    return (len(v) == 18 and all(c in USCC_ALPHABET for c in v) and uscc_check(v[:17]) == v[17]
            and org_code_check(v[8:16]) == v[16])


def hkid_check(prefix: str, digits6: str) -> str:
    vals = [36] if len(prefix) == 1 else []
    vals += [ord(c) - 55 for c in prefix] + [int(d) for d in digits6]
    s = sum(v * w for v, w in zip(vals, [9, 8, 7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    return "A" if c == 10 else str(c)


TW_LETTERS = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19,
    "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29,
    "W": 32, "X": 30, "Y": 31, "Z": 33,
}


def tw_id_check(letter: str, digits8: str) -> str:
    lv = TW_LETTERS[letter]
    s = (lv // 10) * 1 + (lv % 10) * 9 + sum(int(d) * w for d, w in zip(digits8, [8, 7, 6, 5, 4, 3, 2, 1]))
    return str((10 - s % 10) % 10)


def is_valid_tw_id(v: str) -> bool:
    return (len(v) == 10 and v[0] in TW_LETTERS and v[1:].isdigit()
            and tw_id_check(v[0], v[1:9]) == v[9])


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in rearranged))
    return "%02d" % (98 - n % 97)


def iban_valid(iban: str) -> bool:
    v = iban.replace(" ", "").upper()
    n = int("".join(str(int(c, 36)) for c in v[4:] + v[:4]))
    return n % 97 == 1


# --------------------------------------------------------------------------------------------------
# Reference tables

# Real GB/T 2260 county-level division codes (a spread over every mainland province).
DIVISIONS = [
    "110101", "110102", "110105", "110106", "110108", "110114", "120101", "120104", "120116", "130102",
    "130104", "130602", "131002", "140105", "140106", "150102", "150203", "210102", "210202", "210211",
    "220102", "220104", "230102", "230103", "310101", "310104", "310105", "310112", "310115", "310117",
    "320102", "320106", "320205", "320583", "321002", "330102", "330106", "330108", "330205", "330302",
    "330681", "340104", "340111", "350102", "350203", "350581", "360102", "360111", "370102", "370202",
    "370212", "371302", "410105", "410106", "411302", "420102", "420106", "420111", "430102", "430104",
    "430602", "440103", "440104", "440106", "440111", "440304", "440305", "440306", "440307", "440604",
    "441302", "441900", "442000", "445102", "450102", "450103", "460105", "460106", "500103", "500105",
    "500112", "510104", "510107", "510108", "511302", "520102", "520103", "530102", "530111", "540102",
    "610103", "610113", "620102", "620104", "630102", "640104", "650102", "650104", "654002",
]

# Mainland mobile segments allocated by MIIT (§3.5), with rough market weights.
MOBILE_PREFIXES = [
    # (prefix, weight)
    ("134", 2), ("135", 4), ("136", 4), ("137", 4), ("138", 6), ("139", 6), ("150", 3), ("151", 3),
    ("152", 3), ("157", 2), ("158", 3), ("159", 3), ("172", 1), ("178", 2), ("182", 3), ("183", 3),
    ("184", 1), ("187", 3), ("188", 3), ("195", 1), ("197", 1), ("198", 2), ("130", 3), ("131", 3),
    ("132", 3), ("155", 3), ("156", 3), ("166", 2), ("175", 2), ("176", 2), ("185", 3), ("186", 4),
    ("196", 1), ("133", 3), ("1349", 1), ("153", 2), ("173", 2), ("177", 2), ("180", 3), ("181", 3),
    ("189", 3), ("190", 1), ("191", 2), ("193", 1), ("199", 2), ("192", 1), ("165", 1), ("167", 1),
    ("171", 1), ("162", 1), ("1703", 1), ("1705", 1), ("1709", 1), ("145", 1), ("147", 1), ("149", 1),
]

# Mainland landline area codes (§3.6) and the length of their local numbers.
AREA_CODES = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8),
              ("027", 8), ("028", 8), ("029", 8), ("0311", 8), ("0371", 8), ("0431", 8), ("0451", 8),
              ("0512", 8), ("0531", 8), ("0532", 8), ("0551", 8), ("0571", 8), ("0574", 8), ("0591", 8),
              ("0592", 7), ("0731", 8), ("0755", 8), ("0756", 7), ("0757", 8), ("0760", 8), ("0769", 8),
              ("0771", 7), ("0851", 8), ("0871", 8), ("0898", 8), ("0931", 7), ("0991", 7)]

UNIONPAY_BINS = [  # (BIN, length)
    ("622202", 19), ("622208", 19), ("621226", 19), ("621700", 19), ("622700", 19), ("622848", 19),
    ("623052", 19), ("621661", 19), ("622260", 19), ("622588", 16), ("621483", 16), ("622609", 16),
    ("625802", 16), ("628288", 16), ("622155", 16), ("620522", 19), ("623668", 19), ("622689", 16),
    ("621799", 19), ("622909", 16), ("625965", 16),
]
VISA_BINS = ["436742", "427020", "404117", "453242", "411773", "400360", "489592", "414720", "476173"]
MASTERCARD_BINS = ["512425", "518905", "524094", "531659", "545432", "552599", "222300", "230411",
                   "271001", "535918", "558868"]
AMEX_BINS = ["371449", "378282", "340012", "374245"]
JCB_BINS = ["353011", "356600", "358102", "352800"]

SURNAMES = ["王"] * 7 + ["李"] * 7 + ["张"] * 7 + ["刘"] * 5 + ["陈"] * 5 + ["杨"] * 3 + ["黄"] * 3 + [
    "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
    "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余",
    "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪",
    "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
    "薛", "闫", "段", "雷", "侯", "龙", "史", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "覃",
    "欧阳", "司马", "上官", "诸葛"]
GIVEN_CHARS = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰建文辉力斌宇浩凯鹏飞俊帆"
                   "欣怡子涵梓轩雨晨思琪佳一诺可馨嘉欢晓东海波宁博昊天瑞睿泽阳婷雪琳颖慧佳琪梦瑶志国"
                   "春梅金凤永庆德胜家豪")
MINORITY_NAMES = ["阿依古丽·买买提", "迪丽娜尔·阿不都", "买买提·艾力", "扎西顿珠", "次仁卓玛", "努尔兰·哈力克"]

PINYIN_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
                   "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang"]
PINYIN_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan",
                "Jie", "Tao", "Ming", "Chao", "Xiuying", "Xia", "Ping", "Gang", "Hao", "Yuxuan", "Zihan",
                "Siqi", "Jiahui", "Xinyi", "Haoran", "Yichen", "Ruoxi", "Zhiqiang", "Meiling", "Kai"]
EN_FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William",
            "Elizabeth", "David", "Barbara", "Emily", "Daniel", "Sophie", "Oliver", "Charlotte", "Lucas",
            "Hannah", "Noah", "Olivia", "Liam", "Emma", "Kevin", "Grace", "Ryan", "Chloe", "Ethan",
            "Yuki", "Haruto", "Minji", "Jisoo", "Ahmed", "Fatima", "Priya", "Arjun", "Mateo", "Lucia",
            "Lukas", "Anna", "Pierre", "Camille", "Giulia", "Marco", "Siti", "Nurul", "Wei Ling"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson",
           "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Lee", "Thompson", "White", "Harris",
           "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Chan", "Wong", "Lau", "Cheung",
           "Ng", "Tanaka", "Suzuki", "Sato", "Kim", "Park", "Nguyen", "Tran", "Muller", "Schmidt",
           "Dubois", "Rossi", "Fernandez", "Tan", "Lim", "Ong", "Khan", "Patel", "Singh", "Chen", "Lin"]

# (province, city, [districts], [roads]); municipalities have province == "".
PLACES = [
    ("", "北京市", ["朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区", "昌平区"],
     ["建国路", "中关村大街", "望京街", "朝阳北路", "学院路", "北四环西路", "东三环中路", "回龙观西大街"]),
    ("", "上海市", ["浦东新区", "徐汇区", "静安区", "闵行区", "长宁区", "杨浦区", "宝山区"],
     ["张杨路", "漕溪北路", "南京西路", "世纪大道", "虹桥路", "淞沪路", "沪太路", "莲花路"]),
    ("", "天津市", ["和平区", "南开区", "河西区", "滨海新区"], ["南京路", "卫津路", "友谊路", "第二大街"]),
    ("", "重庆市", ["渝中区", "江北区", "渝北区", "南岸区"], ["解放碑步行街", "观音桥步行街", "金开大道", "南坪西路"]),
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区", "龙华区"],
     ["科技园南路", "深南大道", "福华三路", "宝安大道", "龙岗大道", "民治大道", "高新南七道", "后海大道"]),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "番禺区", "白云区"],
     ["天河路", "中山五路", "新港中路", "市桥大北路", "白云大道北", "珠江新城华夏路"]),
    ("广东省", "东莞市", ["南城街道", "东城街道", "长安镇"], ["鸿福路", "东城中路", "长安步步高大道"]),
    ("浙江省", "杭州市", ["西湖区", "余杭区", "滨江区", "拱墅区", "上城区"],
     ["文三路", "文一西路", "江南大道", "莫干山路", "庆春路", "网商路"]),
    ("浙江省", "宁波市", ["鄞州区", "海曙区"], ["天童南路", "中山西路"]),
    ("浙江省", "义乌市", ["稠城街道", "福田街道"], ["工人北路", "福田路"]),
    ("江苏省", "南京市", ["玄武区", "鼓楼区", "建邺区", "江宁区"], ["中山路", "中央路", "江东中路", "双龙大道"]),
    ("江苏省", "苏州市", ["工业园区", "姑苏区", "吴中区"], ["星湖街", "干将西路", "东吴北路"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "高新区", "青羊区"], ["人民南路四段", "春熙路", "天府大道北段", "蜀都大道"]),
    ("湖北省", "武汉市", ["武昌区", "江汉区", "洪山区"], ["中南路", "解放大道", "珞喻路"]),
    ("湖南省", "长沙市", ["岳麓区", "芙蓉区", "天心区"], ["麓山南路", "五一大道", "芙蓉中路二段"]),
    ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"], ["香港中路", "海尔路", "长江中路"]),
    ("山东省", "济南市", ["历下区", "市中区"], ["泉城路", "经十路"]),
    ("福建省", "厦门市", ["思明区", "湖里区"], ["鹭江道", "湖滨南路", "嘉禾路"]),
    ("河南省", "郑州市", ["金水区", "二七区"], ["花园路", "大学路"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区"], ["小寨东路", "长安北路", "科技路"]),
    ("辽宁省", "沈阳市", ["和平区", "沈河区"], ["南京北街", "青年大街"]),
    ("安徽省", "合肥市", ["蜀山区", "包河区"], ["长江西路", "马鞍山路"]),
    ("广西壮族自治区", "南宁市", ["青秀区", "西乡塘区"], ["民族大道", "大学东路"]),
    ("云南省", "昆明市", ["五华区", "盘龙区"], ["人民中路", "北京路"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区"], ["解放北路", "友好南路"]),
    ("黑龙江省", "哈尔滨市", ["南岗区", "道里区"], ["西大直街", "中央大街"]),
    ("海南省", "海口市", ["龙华区", "美兰区"], ["国贸路", "海府路"]),
]
ESTATES = ["阳光花园", "万科城", "碧桂园", "世纪城", "锦绣家园", "翠苑", "华润城", "保利花园", "绿地中心",
           "龙湖天街", "金地名京", "恒大绿洲", "幸福里", "融创壹号院", "蓝色港湾", "中海国际社区", "香榭里"]
TOWERS = ["科技大厦", "国际中心", "创业园", "软件园", "SOHO现代城", "财富广场", "时代广场", "金融中心"]
POSTCODES = {"北京市": "100020", "上海市": "200120", "天津市": "300000", "重庆市": "400010", "深圳市": "518057",
             "广州市": "510620", "东莞市": "523000", "杭州市": "310012", "宁波市": "315000", "义乌市": "322000",
             "南京市": "210008", "苏州市": "215000", "成都市": "610041", "武汉市": "430071", "长沙市": "410006",
             "青岛市": "266071", "济南市": "250011", "厦门市": "361001", "郑州市": "450003", "西安市": "710061",
             "沈阳市": "110003", "合肥市": "230031", "南宁市": "530022", "昆明市": "650021",
             "乌鲁木齐市": "830002", "哈尔滨市": "150001", "海口市": "570105"}
# Approximate city centres (lat, lng) for plausible coordinates.
CITY_CENTRES = {"北京市": (39.9042, 116.4074), "上海市": (31.2304, 121.4737), "天津市": (39.0842, 117.2009),
                "重庆市": (29.5630, 106.5516), "深圳市": (22.5431, 114.0579), "广州市": (23.1291, 113.2644),
                "东莞市": (23.0207, 113.7518), "杭州市": (30.2741, 120.1551), "宁波市": (29.8683, 121.5440),
                "义乌市": (29.3069, 120.0751), "南京市": (32.0603, 118.7969), "苏州市": (31.2990, 120.5853),
                "成都市": (30.5728, 104.0668), "武汉市": (30.5928, 114.3055), "长沙市": (28.2282, 112.9388),
                "青岛市": (36.0671, 120.3826), "济南市": (36.6512, 117.1201), "厦门市": (24.4798, 118.0894),
                "郑州市": (34.7466, 113.6254), "西安市": (34.3416, 108.9398), "沈阳市": (41.8057, 123.4315),
                "合肥市": (31.8206, 117.2272), "南宁市": (22.8170, 108.3665), "昆明市": (25.0389, 102.7183),
                "乌鲁木齐市": (43.8256, 87.6168), "哈尔滨市": (45.8038, 126.5349), "海口市": (20.0440, 110.1999)}

PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O

EMAIL_DOMAINS = [("qq.com", 28), ("163.com", 18), ("126.com", 7), ("gmail.com", 9), ("outlook.com", 5),
                 ("hotmail.com", 4), ("foxmail.com", 4), ("sina.com", 3), ("icloud.com", 4),
                 ("yahoo.com", 2), ("139.com", 2), ("yeah.net", 1), ("sohu.com", 1), ("aliyun.com", 1),
                 ("huaxin-tech.cn", 2), ("acme-trading.com", 2), ("mail.globalbuy.hk", 1),
                 ("nus.edu.sg", 1), ("yahoo.co.jp", 1), ("naver.com", 1), ("gmx.de", 1)]


# --------------------------------------------------------------------------------------------------
# Helpers

def weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def random_date(rng: random.Random, y0: int, y1: int) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


# --------------------------------------------------------------------------------------------------
# Positive generators


def resident_id(rng: random.Random, kind: str = "mainland") -> str:
    if kind == "hmt_permit":
        div = rng.choice(["810000", "820000", "830000"])
    elif kind == "foreign_pr":
        div = "9" + rng.choice(["11", "31", "44"]) + rng.choice(["840", "826", "392", "410", "276", "250"])
    else:
        div = rng.choice(DIVISIONS)
    birth = random_date(rng, 1950, 2006)
    first17 = div + birth.strftime("%Y%m%d") + digits(rng, 3)
    return first17 + mod11_2_check(first17)


def legacy_resident_id(rng: random.Random) -> str:
    div = rng.choice(DIVISIONS)
    birth = random_date(rng, 1940, 1984)
    return div + birth.strftime("%y%m%d") + digits(rng, 3)


def cn_mobile(rng: random.Random) -> str:
    while True:
        prefix = weighted(rng, MOBILE_PREFIXES)
        if prefix == "1349":
            pass
        elif prefix == "134":
            prefix += rng.choice("012345678")
        num = prefix + digits(rng, 11 - len(prefix))
        tail = num[3:]
        if len(set(tail)) > 2 and tail not in ("12345678", "87654321"):
            return num


def format_cn_mobile(rng: random.Random, num: str, style: str | None = None) -> tuple[str, str]:
    """Returns (written form, variant name)."""
    style = style or weighted(rng, [("plain", 60), ("+86 344", 7), ("+86", 5), ("+86-", 3), ("0086", 3),
                                    ("344space", 8), ("344dash", 7), ("(+86)", 2), ("86", 2),
                                    ("+86 plain-space", 3)])
    a, b, c = num[:3], num[3:7], num[7:]
    return {
        "plain": num,
        "+86 344": f"+86 {a} {b} {c}",
        "+86": f"+86{num}",
        "+86-": f"+86-{num}",
        "0086": f"0086 {num}",
        "344space": f"{a} {b} {c}",
        "344dash": f"{a}-{b}-{c}",
        "(+86)": f"(+86){num}",
        "86": f"86{num}",
        "+86 plain-space": f"+86 {num}",
    }[style], style


def cn_landline(rng: random.Random) -> tuple[str, str]:
    code, n = rng.choice(AREA_CODES)
    local = rng.choice("2345678") + digits(rng, n - 1)
    style = weighted(rng, [("dash", 55), ("paren", 12), ("ext", 10), ("+86", 8), ("plain", 8), ("space", 7)])
    if style == "dash":
        return f"{code}-{local}", "landline dash"
    if style == "paren":
        return f"({code}){local}", "landline (area)"
    if style == "ext":
        return f"{code}-{local}-{rng.randint(100, 8999)}", "landline ext"
    if style == "+86":
        return f"+86 {code[1:]} {local}", "landline +86"
    if style == "space":
        if n == 8:
            return f"{code} {local[:4]} {local[4:]}", "landline spaced"
        return f"{code} {local}", "landline spaced"
    return f"{code}{local}", "landline plain"


US_AREA = ["212", "213", "310", "312", "415", "408", "617", "646", "702", "713", "206", "305", "404", "503",
           "512", "718", "949", "626", "909"]
CA_AREA = ["416", "604", "647", "778", "514"]


def foreign_phone(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    country = country or weighted(rng, [("HK", 25), ("MO", 6), ("TW", 14), ("US", 14), ("CA", 3),
                                        ("GB", 6), ("JP", 6), ("SG", 7), ("AU", 5), ("DE", 3), ("KR", 4),
                                        ("MY", 4), ("FR", 3)])
    if country == "HK":
        n = rng.choice("5699") + digits(rng, 7) if rng.random() < 0.8 else rng.choice("23") + digits(rng, 7)
        form = weighted(rng, [("sp", 5), ("compact", 2), ("dash", 1), ("paren", 1), ("local", 2)])
        return {"sp": f"+852 {n[:4]} {n[4:]}", "compact": f"+852{n}", "dash": f"+852-{n}",
                "paren": f"(852) {n[:4]} {n[4:]}", "local": f"{n[:4]} {n[4:]}"}[form], f"HK {form}"
    if country == "MO":
        n = "6" + rng.choice("2356") + digits(rng, 6) if rng.random() < 0.8 else "28" + digits(rng, 6)
        return (f"+853 {n[:4]} {n[4:]}" if rng.random() < 0.7 else f"+853{n}"), "MO"
    if country == "TW":
        n = "9" + digits(rng, 8)
        form = weighted(rng, [("intl", 5), ("domestic", 4), ("compact", 1)])
        return {"intl": f"+886 {n[:3]} {n[3:6]} {n[6:]}", "domestic": f"0{n[:3]}-{n[3:6]}-{n[6:]}",
                "compact": f"+886{n}"}[form], f"TW {form}"
    if country in ("US", "CA"):
        area = rng.choice(US_AREA if country == "US" else CA_AREA)
        exch = rng.choice("23456789") + digits(rng, 2)
        while exch == "555":
            exch = rng.choice("23456789") + digits(rng, 2)
        line = digits(rng, 4)
        form = weighted(rng, [("e164", 4), ("dash", 3), ("paren", 3)])
        return {"e164": f"+1{area}{exch}{line}", "dash": f"+1-{area}-{exch}-{line}",
                "paren": f"+1 ({area}) {exch}-{line}"}[form], f"NANP {form}"
    if country == "GB":
        n = "7" + rng.choice("1234589") + digits(rng, 8)
        return (f"+44 {n[:4]} {n[4:]}" if rng.random() < 0.6 else f"+44{n}"), "GB"
    if country == "JP":
        n = rng.choice(["90", "80", "70"]) + digits(rng, 8, first_nonzero=True)
        return (f"+81 {n[:2]}-{n[2:6]}-{n[6:]}" if rng.random() < 0.6 else f"+81{n}"), "JP"
    if country == "SG":
        n = rng.choice("89") + digits(rng, 7)
        return (f"+65 {n[:4]} {n[4:]}" if rng.random() < 0.6 else f"+65{n}"), "SG"
    if country == "AU":
        n = "4" + digits(rng, 8)
        return (f"+61 {n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.6 else f"+61{n}"), "AU"
    if country == "DE":
        n = "1" + rng.choice(["51", "52", "60", "62", "70", "72", "76"]) + digits(rng, 8)
        return (f"+49 {n[:3]} {n[3:]}" if rng.random() < 0.6 else f"+49{n}"), "DE"
    if country == "KR":
        n = "10" + digits(rng, 8, first_nonzero=True)
        return (f"+82 {n[:2]}-{n[2:6]}-{n[6:]}" if rng.random() < 0.6 else f"+82{n}"), "KR"
    if country == "MY":
        n = "1" + rng.choice("23679") + digits(rng, 7)
        return (f"+60 {n[:2]}-{n[2:5]} {n[5:]}" if rng.random() < 0.6 else f"+60{n}"), "MY"
    n = rng.choice("67") + digits(rng, 8)
    return (f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}" if rng.random() < 0.6 else f"+33{n}"), "FR"


def chinese_name(rng: random.Random) -> str:
    if rng.random() < 0.015:
        return rng.choice(MINORITY_NAMES)
    s = rng.choice(SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return s + "".join(rng.choice(GIVEN_CHARS) for _ in range(n))


def pinyin_name(rng: random.Random, family_first: bool | None = None) -> str:
    s, g = rng.choice(PINYIN_SURNAMES), rng.choice(PINYIN_GIVEN)
    if family_first is None:
        family_first = rng.random() < 0.4
    if family_first:
        return f"{s.upper()} {g}" if rng.random() < 0.5 else f"{s} {g}"
    return f"{g} {s}"


def english_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def email(rng: random.Random, name_hint: str | None = None) -> str:
    domain = weighted(rng, EMAIL_DOMAINS)
    if domain in ("qq.com", "foxmail.com") and rng.random() < 0.6:
        local = digits(rng, rng.randint(8, 10), first_nonzero=True)
    else:
        s, g = rng.choice(PINYIN_SURNAMES).lower(), rng.choice(PINYIN_GIVEN).lower()
        if name_hint and all(c.isascii() for c in name_hint):
            parts = name_hint.lower().replace(".", "").split()
            g, s = parts[0], parts[-1]
        local = weighted(rng, [(f"{s}{g}", 3), (f"{g}.{s}", 3), (f"{s}_{g}{rng.randint(1, 99)}", 2),
                               (f"{s}{g}{rng.randint(1970, 2005)}", 3), (f"{g[0]}{s}{rng.randint(10, 999)}", 2),
                               (rng.choice(["sunny", "xiaoyu", "coco", "lucky", "tiger", "panda", "momo",
                                            "kiki", "happy", "star"]) + str(rng.randint(1, 9999)), 2)])
    addr = f"{local}@{domain}"
    if rng.random() < 0.04:
        addr = addr[0].upper() + addr[1:]
    return addr


def card_number(rng: random.Random, network: str | None = None) -> tuple[str, str]:
    network = network or weighted(rng, [("unionpay", 60), ("visa", 18), ("mastercard", 14), ("amex", 3),
                                        ("jcb", 5)])
    if network == "unionpay":
        bin_, length = rng.choice(UNIONPAY_BINS)
    elif network == "visa":
        bin_, length = rng.choice(VISA_BINS), 16
    elif network == "mastercard":
        bin_, length = rng.choice(MASTERCARD_BINS), 16
    elif network == "amex":
        bin_, length = rng.choice(AMEX_BINS), 15
    else:
        bin_, length = rng.choice(JCB_BINS), 16
    while True:
        body = bin_ + digits(rng, length - len(bin_) - 1)
        num = body + luhn_check_digit(body)
        if len(set(num[6:])) > 2:
            return num, network


def format_card(rng: random.Random, num: str) -> tuple[str, str]:
    style = weighted(rng, [("plain", 65), ("space4", 28), ("dash4", 7)])
    if style == "plain":
        return num, "plain"
    sep = " " if style == "space4" else "-"
    if len(num) == 15:  # Amex 4-6-5
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}", "amex 4-6-5"
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4)), style


IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB"],
              "IE": ["AIBK", "BOFI", "IPBS"]}


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


def _es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return "0" if d == 11 else ("1" if d == 10 else str(d))


def iban(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    country = country or weighted(rng, [("DE", 22), ("GB", 18), ("FR", 14), ("NL", 10), ("ES", 8), ("BE", 6),
                                        ("CH", 6), ("AT", 5), ("IE", 4), ("LU", 3), ("AE", 3), ("SA", 1)])
    if country == "DE":
        bban = digits(rng, 8, True) + digits(rng, 10)
    elif country == "GB":
        bban = rng.choice(IBAN_BANKS["GB"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "FR":
        bank, branch, acct = digits(rng, 5, True), digits(rng, 5), digits(rng, 11)
        bban = bank + branch + acct + _fr_rib_key(bank, branch, acct)
    elif country == "NL":
        bban = rng.choice(IBAN_BANKS["NL"]) + digits(rng, 10)
    elif country == "ES":
        bank, branch, acct = digits(rng, 4, True), digits(rng, 4), digits(rng, 10)
        bban = bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    elif country == "BE":
        first10 = digits(rng, 10, True)
        chk = int(first10) % 97 or 97
        bban = first10 + "%02d" % chk
    elif country == "CH":
        bban = digits(rng, 5) + digits(rng, 12)
    elif country == "AT":
        bban = digits(rng, 5, True) + digits(rng, 11)
    elif country == "IE":
        bban = rng.choice(IBAN_BANKS["IE"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "LU":
        bban = digits(rng, 3) + digits(rng, 13)
    elif country == "AE":
        bban = digits(rng, 3) + digits(rng, 16)
    else:  # SA
        bban = digits(rng, 2) + digits(rng, 18)
    value = country + iban_check_digits(country, bban) + bban
    if rng.random() < 0.45:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)), f"{country} grouped"
    return value, f"{country} compact"


def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        v = "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
        if v not in ("078-05-1120", "219-09-9999", "457-55-5462"):
            return v


def hkid(rng: random.Random) -> tuple[str, str]:
    prefix = rng.choice("ABCDEGHKMPRVYZ") if rng.random() < 0.93 else rng.choice(["XA", "XB", "WX", "XD"])
    d6 = digits(rng, 6)
    chk = hkid_check(prefix, d6)
    style = weighted(rng, [("paren", 70), ("bare", 20), ("space-paren", 10)])
    return {"paren": f"{prefix}{d6}({chk})", "bare": f"{prefix}{d6}{chk}",
            "space-paren": f"{prefix}{d6} ({chk})"}[style], f"HKID {style}"


def tw_id(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO" if rng.random() < 0.05 else "AABBCDEFHJKLMNPRSTUV")
    d8 = rng.choice("12") + digits(rng, 7)
    return letter + d8 + tw_id_check(letter, d8)


def uscc(rng: random.Random) -> str:
    while True:
        region = rng.choice(["440300", "440305", "310115", "310000", "330100", "330106", "110108", "110105",
                             "320594", "510100", "420100", "350200", "330782", "441900"])
        kind = rng.choice(["91", "91", "91", "91", "92", "93"])
        if rng.random() < 0.6:
            org8 = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            org8 = digits(rng, 8, True)
        org9 = org8 + org_code_check(org8)
        if org9[-1] not in USCC_ALPHABET:
            continue
        first17 = kind + region + org9
        return first17 + uscc_check(first17)


def passport(rng: random.Random) -> tuple[str, str]:
    kind = weighted(rng, [("E8", 45), ("EL7", 15), ("G8", 10), ("HK", 5), ("US", 6), ("GB", 4), ("JP", 4),
                          ("KR", 4), ("SG", 3), ("AU", 2), ("DE", 2)])
    if kind == "E8":
        return "E" + digits(rng, 8), "CN E+8"
    if kind == "EL7":
        return "E" + rng.choice("ABCDEFGHJK") + digits(rng, 7), "CN E+letter+7"
    if kind == "G8":
        return "G" + digits(rng, 8), "CN G+8"
    if kind == "HK":
        return rng.choice("KH") + digits(rng, 8), "HKSAR K/H+8"
    if kind == "US":
        return (digits(rng, 9, True) if rng.random() < 0.6 else "A" + digits(rng, 8)), "US"
    if kind == "GB":
        return digits(rng, 9, True), "GB 9 digits"
    if kind == "JP":
        return rng.choice(["TK", "TR", "MZ", "TZ"]) + digits(rng, 7), "JP"
    if kind == "KR":
        return "M" + digits(rng, 8), "KR"
    if kind == "SG":
        return "K" + digits(rng, 7) + rng.choice("ABCDEFGHJ"), "SG"
    if kind == "AU":
        return rng.choice(["PA", "PB", "N"]) + digits(rng, 7), "AU"
    return "C" + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)), "DE"


def travel_permit(rng: random.Random) -> tuple[str, str, str]:
    """Returns (value, variant, Chinese document name)."""
    kind = weighted(rng, [("HM", 35), ("HM11", 10), ("TW8", 20), ("C8", 20), ("CL7", 10), ("L8", 5)])
    if kind == "HM":
        return rng.choice("HHHM") + digits(rng, 8), "回乡证 H/M+8", "港澳居民来往内地通行证"
    if kind == "HM11":
        return rng.choice("HHM") + digits(rng, 8) + rng.choice(["00", "01", "02"]), "回乡证 H/M+10", "港澳居民来往内地通行证"
    if kind == "TW8":
        return digits(rng, 8), "台胞证 8 digits", "台湾居民来往大陆通行证"
    if kind == "C8":
        return "C" + digits(rng, 8), "往来港澳 C+8", "往来港澳通行证"
    if kind == "CL7":
        return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") + digits(rng, 7), "往来港澳 C+letter+7", "往来港澳通行证"
    return "L" + digits(rng, 8), "往来台湾 L+8", "大陆居民往来台湾通行证"


PUBLIC_V4_FIRST = [1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116,
                   117, 118, 119, 120, 121, 122, 123, 124, 125, 139, 171, 175, 180, 182, 183, 202, 210, 211,
                   218, 219, 220, 221, 222, 223, 223, 3, 8, 13, 23, 34, 52, 66, 73, 81, 85, 92, 104, 151,
                   176, 185, 203]


def public_ipv4(rng: random.Random) -> str:
    while True:
        a = rng.choice(PUBLIC_V4_FIRST)
        b, c, d = rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
        if (a == 100 and 64 <= b < 128) or (a == 172 and 16 <= b < 32) or (a == 192 and b == 168):
            continue
        if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or (a == 198 and b in (18, 19)):
            continue
        return f"{a}.{b}.{c}.{d}"


def public_ipv6(rng: random.Random) -> str:
    head = rng.choice(["240e", "2408", "2409", "2001:da8", "2400:da00", "2a02", "2600", "2607"])
    groups = head.split(":")
    while len(groups) < 8:
        groups.append("%x" % rng.randint(0, 0xFFFF))
    return ":".join(groups)


def private_ip(rng: random.Random) -> str:
    return weighted(rng, [(f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", 5),
                          (f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", 3),
                          (f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", 4),
                          ("127.0.0.1", 1)])


def imei(rng: random.Random) -> str:
    tac = rng.choice(["35", "86", "35", "86", "01", "99"]) + digits(rng, 6)
    body = tac + digits(rng, 6)
    return body + luhn_check_digit(body)


def uuid4(rng: random.Random, upper: bool = False) -> str:
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def hexstr(rng: random.Random, n: int) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


# Real vendor OUIs (universally administered, unicast): Apple, Huawei, Xiaomi, Espressif, Hikvision, TP-Link…
OUIS = ["3C:22:FB", "F0:18:98", "00:E0:FC", "48:46:FB", "64:09:80", "28:6C:07", "24:0A:C4", "84:F3:EB",
        "44:19:B6", "C0:56:E3", "50:C7:BF", "14:CF:92", "B8:27:EB", "00:1A:11"]


def mac_address(rng: random.Random) -> str:
    return rng.choice(OUIS) + ":" + ":".join("%02X" % rng.randint(0, 255) for _ in range(3))


def bad_hkid(rng: random.Random) -> str:
    prefix = rng.choice("ABCDEGHKMPRVYZ")
    d6 = digits(rng, 6)
    good = hkid_check(prefix, d6)
    wrong = rng.choice([c for c in "0123456789A" if c != good])
    return f"{prefix}{d6}({wrong})"


def geo_point(rng: random.Random, city: str | None = None, decimals: int = 6) -> tuple[str, str]:
    city = city or rng.choice(list(CITY_CENTRES))
    lat0, lng0 = CITY_CENTRES[city]
    lat = lat0 + rng.uniform(-0.15, 0.15)
    lng = lng0 + rng.uniform(-0.15, 0.15)
    return f"{lat:.{decimals}f}", f"{lng:.{decimals}f}"


def vehicle_plate(rng: random.Random) -> tuple[str, str]:
    prov = rng.choice(PLATE_PROVINCES)
    if prov == "粤" or rng.random() < 0.25:
        prov = rng.choice("粤粤京沪浙苏")
    auth = rng.choice(PLATE_LETTERS[:12]) if rng.random() < 0.8 else rng.choice(PLATE_LETTERS)
    if rng.random() < 0.14:  # new-energy small car: D/F + letter/digit + 4 digits
        serial = rng.choice("DF") + rng.choice(PLATE_LETTERS + "0123456789") + digits(rng, 4)
        variant = "NEV 8-char"
    else:
        chars = [rng.choice("0123456789") for _ in range(5)]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            chars[rng.randrange(5)] = rng.choice(PLATE_LETTERS)
        serial = "".join(chars)
        variant = "7-char"
    style = weighted(rng, [("plain", 75), ("dot", 17), ("space", 8)])
    sep = {"plain": "", "dot": "·", "space": " "}[style]
    return f"{prov}{auth}{sep}{serial}", f"{variant} {style}"


def cn_address(rng: random.Random, style: str | None = None) -> tuple[str, str, tuple]:
    """Returns (address, variant, (province, city, district, street-part)) with a street-level detail."""
    prov, city, districts, roads = rng.choice(PLACES)
    dist = rng.choice(districts)
    road = rng.choice(roads)
    no = rng.randint(1, 999)
    detail_kind = rng.random()
    if detail_kind < 0.45:
        detail = f"{road}{no}号{rng.choice(ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    elif detail_kind < 0.75:
        detail = f"{road}{no}号{rng.choice(TOWERS)}{rng.choice('ABCD')}座{rng.randint(2, 40)}{rng.randint(1, 20):02d}"
    elif detail_kind < 0.9:
        detail = f"{road}{no}弄{rng.randint(1, 80)}号{rng.randint(1, 25)}0{rng.randint(1, 4)}室"
    else:
        detail = f"{road}{no}号"
    style = style or weighted(rng, [("compact", 60), ("taobao-spaced", 18), ("no-province", 12),
                                    ("with-street", 6), ("postcode", 4)])
    head = prov + city
    if style == "compact":
        return f"{head}{dist}{detail}", "compact", (prov, city, dist, detail)
    if style == "taobao-spaced":
        parts = [p for p in (prov or city, city, dist) if p]
        return " ".join(parts + [detail]), "taobao spaced", (prov, city, dist, detail)
    if style == "no-province":
        return f"{city}{dist}{detail}", "no province", (prov, city, dist, detail)
    if style == "with-street":
        return f"{head}{dist}{rng.choice(['粤海', '西湖', '望京', '陆家嘴', '五里墩', '新街口'])}街道{detail}", "with street", (prov, city, dist, detail)
    return f"{head}{dist}{detail}({POSTCODES[city]})", "postcode", (prov, city, dist, detail)


# --------------------------------------------------------------------------------------------------
# Hard-negative generators (values that are NOT personal data of any labelled kind, or are masked)


def bad_resident_id(rng: random.Random) -> str:
    v = resident_id(rng)
    wrong = [c for c in "0123456789X" if c != v[17]]
    return v[:17] + rng.choice(wrong)


def bad_card(rng: random.Random) -> str:
    num, _ = card_number(rng)
    return num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)


def masked_mobile(rng: random.Random) -> str:
    m = cn_mobile(rng)
    return rng.choice([m[:3] + "****" + m[7:], m[:3] + "******" + m[9:], m[:3] + "*****" + m[8:]])


def masked_card(rng: random.Random) -> str:
    num, _ = card_number(rng, "unionpay")
    return rng.choice([f"{num[:4]} **** **** {num[-4:]}", f"{num[:6]}******{num[-4:]}",
                       f"****{num[-4:]}", f"{num[:6]}*********{num[-4:]}"])


def masked_id(rng: random.Random) -> str:
    v = resident_id(rng)
    return rng.choice([v[:6] + "********" + v[14:], v[:3] + "***********" + v[14:], v[:1] + "*" * 16 + v[17:],
                       v[:4] + "**********" + v[14:]])


def masked_email(rng: random.Random) -> str:
    e = email(rng)
    local, dom = e.split("@")
    return f"{local[0]}***@{dom}" if rng.random() < 0.5 else f"{local[:2]}****@{dom}"


def masked_name(rng: random.Random) -> str:
    n = chinese_name(rng)
    return rng.choice([n[0] + "*" * (len(n) - 1), n[0] + "**", n[0] + "先生", n[0] + "女士"])


def snowflake_id(rng: random.Random) -> str:
    return str(rng.randint(1_300_000_000_000_000_000, 1_899_999_999_999_999_999))


def taobao_order_id(rng: random.Random) -> str:
    return str(rng.randint(1, 4)) + digits(rng, 18)


def date_order_id(rng: random.Random, ts: _dt.datetime) -> str:
    return ts.strftime("%Y%m%d%H%M") + digits(rng, rng.choice([6, 7, 8]))


def id_shaped_order_id(rng: random.Random) -> str:
    """An 18-digit order id that happens to pass the resident-ID checks (prefix, date, MOD 11-2)."""
    while True:
        v = resident_id(rng)
        if v[-1] != "X":
            return v


def luhn_order_id(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def waybill(rng: random.Random) -> tuple[str, str]:
    kind = weighted(rng, [("SF", 30), ("YT", 15), ("ZTO", 15), ("YD", 12), ("JD", 10), ("EMS", 6), ("UPU", 6),
                          ("STO", 6)])
    if kind == "SF":
        return "SF" + digits(rng, rng.choice([12, 13]), True), "顺丰速运"
    if kind == "YT":
        return "YT" + digits(rng, 13, True), "圆通速递"
    if kind == "ZTO":
        return rng.choice(["73", "75", "78"]) + digits(rng, rng.choice([10, 12])), "中通快递"
    if kind == "YD":
        return rng.choice(["43", "46", "31"]) + digits(rng, 11), "韵达快递"
    if kind == "JD":
        return "JDVA" + digits(rng, 11), "京东物流"
    if kind == "EMS":
        return "98" + digits(rng, 11), "EMS"
    if kind == "UPU":
        return rng.choice(["EA", "EB", "LP", "RR"]) + digits(rng, 9) + "CN", "中国邮政国际"
    return "77" + digits(rng, 11), "申通快递"


def ean13(rng: random.Random, prefix: str | None = None) -> str:
    body = (prefix or rng.choice(["690", "691", "692", "693", "694", "695", "696", "697", "450", "490", "880",
                                  "400", "471"])) + digits(rng, 9)
    body = body[:12]
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def sku(rng: random.Random) -> str:
    return weighted(rng, [
        (f"SKU-{rng.randint(10000, 99999)}-{rng.choice(['BLK', 'WHT', 'RED', 'BLU', 'GRN'])}-{rng.choice(['S', 'M', 'L', 'XL'])}", 4),
        (f"HM{rng.randint(20, 24)}{rng.randint(1, 12):02d}{rng.randint(1000, 9999)}", 2),
        ("B0" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)), 2),
        (f"{rng.choice(['E', 'G', 'P', 'C', 'H'])}{rng.randint(10000, 99999)}-{rng.randint(10, 99)}", 2),
        (f"TM{digits(rng, 10)}", 1),
    ])


def company_account(rng: random.Random) -> str:
    """A corporate bank account number (对公账号): not a payment card."""
    return weighted(rng, [(digits(rng, 15, True), 2), (digits(rng, 12, True), 1), ("755" + digits(rng, 12), 2),
                          (digits(rng, 19, True), 1), ("3" + digits(rng, 19), 1)])


def ms_timestamp(rng: random.Random, base: _dt.datetime) -> str:
    epoch = int((base - _dt.datetime(1970, 1, 1)).total_seconds())
    return str(epoch * 1000 + rng.randint(0, 999))


# --------------------------------------------------------------------------------------------------


def selftest() -> None:
    assert mod11_2_check("11010519491231002") == "X"
    assert is_valid_resident_id("360426199101010071")
    assert is_valid_resident_id("810000199001010019")
    assert luhn_valid("4111111111111111") and luhn_valid("6212345678901232") and luhn_valid("490154203237518")
    assert is_valid_uscc("91110000600037341L")
    assert hkid_check("A", "123456") == "3" and hkid_check("G", "123456") == "A" and hkid_check("AB", "987654") == "3"
    assert is_valid_tw_id("A123456789") and not is_valid_tw_id("A123456788")
    assert iban_valid("GB82WEST12345698765432") and iban_valid("DE89370400440532013000")
    assert iban_check_digits("DE", "370400440532013000") == "89"
    rng = random.Random(1)
    for _ in range(200):
        assert is_valid_resident_id(resident_id(rng))
        assert luhn_valid(card_number(rng)[0])
        assert is_valid_uscc(uscc(rng))
        assert is_valid_tw_id(tw_id(rng))
        assert iban_valid(iban(rng)[0])
        assert luhn_valid(imei(rng))
        assert not is_valid_resident_id(bad_resident_id(rng))
        assert not luhn_valid(bad_card(rng))
    # French RIB key and Spanish control digits on published examples
    for _ in range(50):
        b = bad_hkid(rng)
        assert hkid_check(b[0], b[1:7]) != b[8]
    assert _fr_rib_key("30006", "00001", "12345678901") == "89"
    assert _es_dc("0021000418") + _es_dc("0200051332") == "45"


if __name__ == "__main__":
    selftest()
    print("values.py self-test passed")
