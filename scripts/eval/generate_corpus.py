#!/usr/bin/env python3
"""Generate a labelled synthetic e-commerce corpus for evaluating xborder.

    python3 scripts/eval/generate_corpus.py --out .build/eval-corpus --seed 7 [--scale 1.0]

Writes, under --out:
  - the corpus: CSV exports (Chinese and English headers), SQL dumps, JSONL events, logs, configs
    (YAML, .env, .properties, Terraform, JSON, nginx), HTML/CSS, XML, Markdown, support transcripts;
  - labels.tsv         `path<TAB>line<TAB>entity`, one row per planted value occurrence (the ground truth);
  - labels-detail.tsv  the same rows plus the value's written shape (variant), never the value itself;
  - negatives.tsv      `path<TAB>line<TAB>kind` for the planted hard negatives (order ids, masked values…);
  - .xborderignore     so that a scan of --out skips the three files above.

Deterministic: the same --seed and --scale give byte-identical files. Every value is synthetic and valid for
its type (check digits, allocated segments); see scripts/eval/README.md for what is labelled and why.
Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True  # keep scripts/eval free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402

# --------------------------------------------------------------------------------------------------
# Line model: a line is a list of parts; a part is a plain string, a labelled value or a hard negative.


class Val:
    __slots__ = ("text", "entity", "variant")

    def __init__(self, text: str, entity: str, variant: str = ""):
        self.text, self.entity, self.variant = text, entity, variant


class Neg:
    __slots__ = ("text", "kind")

    def __init__(self, text: str, kind: str):
        self.text, self.kind = text, kind


NL = "\x00NL\x00"  # a line break inside one logical record (e.g. a quoted multi-line CSV cell)


def part_text(p) -> str:
    return p if isinstance(p, str) else p.text


class Doc:
    def __init__(self, path: str):
        self.path = path
        self.lines: list[list] = []

    def add(self, *parts) -> None:
        flat = []
        for p in parts:
            if isinstance(p, list):
                flat.extend(p)
            elif p is None:
                continue
            elif isinstance(p, (int, float)):
                flat.append(str(p))
            else:
                flat.append(p)
        self.lines.append(flat)

    def blank(self) -> None:
        self.lines.append([])


def physical_lines(parts) -> list[list]:
    """Split a logical line at NL sentinels into physical lines (labels follow their part)."""
    out: list[list] = [[]]
    for p in parts:
        if isinstance(p, str) and NL in p:
            pieces = p.split(NL)
            for i, piece in enumerate(pieces):
                if i:
                    out.append([])
                if piece:
                    out[-1].append(piece)
        else:
            out[-1].append(p)
    return out


def render_line(parts) -> str:
    text = "".join(part_text(p) for p in parts)
    assert "\n" not in text and "\r" not in text and NL not in text, text
    return text


# --- structured helpers --------------------------------------------------------------------------


def csv_field(v) -> list:
    if v is None:
        return []
    parts = v if isinstance(v, list) else [v]
    text = "".join(part_text(p) if not isinstance(p, (int, float)) else str(p) for p in parts)
    parts = [str(p) if isinstance(p, (int, float)) else p for p in parts]
    if any(c in text for c in ',"') or NL in text:
        out = ['"']
        for p in parts:
            if isinstance(p, str):
                out.append(p.replace('"', '""'))
            else:
                assert '"' not in p.text
                out.append(p)
        out.append('"')
        return out
    return parts


def csv_row(fields) -> list:
    out: list = []
    for i, f in enumerate(fields):
        if i:
            out.append(",")
        out.extend(csv_field(f))
    return out


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class Multi:
    """A JSON string value made of several parts (some labelled), e.g. a free-text ticket body."""

    def __init__(self, parts):
        self.parts = parts


def jv(v) -> list:
    """JSON-render a value that may contain Val/Neg parts (rendered as JSON strings)."""
    if isinstance(v, Multi):
        out: list = ['"']
        for p in v.parts:
            if isinstance(p, str):
                out.append(json.dumps(p, ensure_ascii=False)[1:-1])
            else:
                out.extend(jv(p)[1:-1])
        out.append('"')
        return out
    if isinstance(v, (Val, Neg)):
        inner = json.dumps(v.text, ensure_ascii=False)
        return ['"', type(v)(inner[1:-1], *((v.entity, v.variant) if isinstance(v, Val) else (v.kind,))), '"']
    if isinstance(v, RawNum):
        return [v.part]
    if isinstance(v, dict):
        return jobj(v)
    if isinstance(v, list):
        out: list = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(",")
            out.extend(jv(x))
        out.append("]")
        return out
    return [json.dumps(v, ensure_ascii=False)]


class RawNum:
    """A number written unquoted in JSON, possibly labelled (e.g. a bare card number or a coordinate pair)."""

    def __init__(self, part):
        self.part = part


def jobj(d: dict, sep: str = ",", kv: str = ":") -> list:
    out: list = ["{"]
    for i, (k, v) in enumerate(d.items()):
        if v is SKIP:
            continue
        if len(out) > 1:
            out.append(sep)
        out.append(json.dumps(k, ensure_ascii=False) + kv)
        out.extend(jv(v))
    out.append("}")
    return out


SKIP = object()


def sql_val(v) -> list:
    if v is None:
        return ["NULL"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if isinstance(v, RawNum):
        return [v.part]
    if isinstance(v, (Val, Neg)):
        assert "'" not in v.text
        return ["'", v, "'"]
    return ["'" + str(v).replace("'", "''") + "'"]


def sql_tuple(vals) -> list:
    out: list = ["("]
    for i, v in enumerate(vals):
        if i:
            out.append(",")
        out.extend(sql_val(v))
    out.append(")")
    return out


# --------------------------------------------------------------------------------------------------
# Shared value factories (each returns a Val or Neg with a variant / kind)

BASE = dt.datetime(2024, 6, 15, 0, 0, 0)


class Gen:
    def __init__(self, rng: random.Random, scale: float):
        self.r = rng
        self.scale = scale

    def n(self, count: int) -> int:
        return max(1, int(round(count * self.scale)))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # time
    def ts(self, day_offset_max: int = 0) -> dt.datetime:
        return BASE + dt.timedelta(days=self.r.randint(0, day_offset_max), seconds=self.r.randint(0, 86399),
                                   microseconds=self.r.randint(0, 999) * 1000)

    # positives
    def mobile(self, style=None) -> Val:
        text, variant = V.format_cn_mobile(self.r, V.cn_mobile(self.r), style)
        return Val(text, "cn_mobile", "mobile " + variant)

    def landline(self) -> Val:
        text, variant = V.cn_landline(self.r)
        return Val(text, "phone", variant)

    def foreign_phone(self, country=None) -> Val:
        text, variant = V.foreign_phone(self.r, country)
        return Val(text, "phone", variant)

    def email(self, hint=None) -> Val:
        return Val(V.email(self.r, hint), "email", "email")

    def resident_id(self, allow_rare: bool = True) -> Val:
        r = self.r.random()
        if allow_rare and r < 0.03:
            return Val(V.resident_id(self.r, "hmt_permit"), "cn_resident_id", "HMT residence permit 81/82/83")
        if allow_rare and r < 0.045:
            return Val(V.resident_id(self.r, "foreign_pr"), "cn_resident_id", "2023 foreign PR 9…")
        v = V.resident_id(self.r)
        variant = "18-digit"
        if v.endswith("X"):
            variant = "18-digit check X"
            if self.chance(0.35):
                v, variant = v[:-1] + "x", "18-digit lowercase x"
        if allow_rare and self.chance(0.03):
            v, variant = f"{v[:6]} {v[6:14]} {v[14:]}", "18-digit grouped 6-8-4"
        return Val(v, "cn_resident_id", variant)

    def legacy_id(self) -> Val:
        return Val(V.legacy_resident_id(self.r), "cn_resident_id", "legacy 15-digit")

    def card(self, network=None, fmt: bool = True) -> Val:
        num, net = V.card_number(self.r, network)
        if fmt:
            text, style = V.format_card(self.r, num)
        else:
            text, style = num, "plain"
        return Val(text, "payment_card", f"{net} {len(num)}d {style}")

    def iban(self) -> Val:
        text, variant = V.iban(self.r)
        return Val(text, "iban", variant)

    def passport(self) -> Val:
        text, variant = V.passport(self.r)
        return Val(text, "passport", variant)

    def permit(self):
        text, variant, doc = V.travel_permit(self.r)
        return Val(text, "cn_travel_permit", variant), doc

    def hkid(self) -> Val:
        text, variant = V.hkid(self.r)
        return Val(text, "hk_id", variant)

    def tw_id(self) -> Val:
        return Val(V.tw_id(self.r), "tw_id", "TW letter+9")

    def ssn(self, bare: bool = False) -> Val:
        v = V.us_ssn(self.r)
        return Val(v.replace("-", "") if bare else v, "us_ssn", "SSN bare 9" if bare else "SSN AAA-GG-SSSS")

    def ip(self, v6_share: float = 0.08) -> Val:
        if self.chance(v6_share):
            return Val(V.public_ipv6(self.r), "ip_address", "public IPv6")
        return Val(V.public_ipv4(self.r), "ip_address", "public IPv4")

    def imei(self) -> Val:
        return Val(V.imei(self.r), "device_id", "IMEI")

    def idfa(self) -> Val:
        return Val(V.uuid4(self.r, upper=True), "device_id", "IDFA uppercase UUID")

    def oaid(self) -> Val:
        if self.chance(0.5):
            return Val(V.uuid4(self.r), "device_id", "OAID UUID")
        return Val(V.hexstr(self.r, 64), "device_id", "OAID 64 hex")

    def android_id(self) -> Val:
        return Val(V.hexstr(self.r, 16), "device_id", "Android ID 16 hex")

    def mac(self) -> Val:
        return Val(V.mac_address(self.r), "device_id", "MAC address")

    def name(self) -> Val:
        return Val(V.chinese_name(self.r), "person_name", "Chinese name")

    def en_name(self) -> Val:
        return Val(V.english_name(self.r), "person_name", "English name")

    def py_name(self) -> Val:
        return Val(V.pinyin_name(self.r), "person_name", "pinyin name")

    def address(self, style=None):
        text, variant, parts = V.cn_address(self.r, style)
        return Val(text, "cn_address", "address " + variant), parts

    def plate(self) -> Val:
        text, variant = V.vehicle_plate(self.r)
        return Val(text, "vehicle_plate", "plate " + variant)

    def uscc(self) -> Val:
        return Val(V.uscc(self.r), "cn_uscc", "USCC")

    def geo(self, city=None, decimals=None):
        d = decimals or V.weighted(self.r, [(6, 60), (5, 15), (4, 10), (13, 15)])
        lat, lng = V.geo_point(self.r, city, d)
        return lat, lng, f"geo {d} decimals"

    # negatives
    def order_id(self, when: dt.datetime | None = None) -> Neg:
        kind = V.weighted(self.r, [("snowflake", 30), ("taobao19", 25), ("date", 25), ("id-shaped", 3),
                                   ("luhn62", 3), ("luhn4", 3), ("jd12", 8), ("11digit", 3)])
        if kind == "snowflake":
            return Neg(V.snowflake_id(self.r), "order id 19-digit snowflake")
        if kind == "taobao19":
            return Neg(V.taobao_order_id(self.r), "order id 19-digit")
        if kind == "date":
            return Neg(V.date_order_id(self.r, when or self.ts()), "order id date-based 18-20 digits")
        if kind == "id-shaped":
            return Neg(V.id_shaped_order_id(self.r), "order id 18-digit passing ID checksum")
        if kind == "luhn62":
            return Neg(V.luhn_order_id(self.r, "62", self.r.choice([16, 19])), "order id 62… passing Luhn")
        if kind == "luhn4":
            return Neg(V.luhn_order_id(self.r, "4", 16), "order id 4… 16-digit passing Luhn")
        if kind == "jd12":
            return Neg(V.digits(self.r, 12, True), "order id 12-digit")
        return Neg(V.cn_mobile(self.r), "order id 11-digit mobile-shaped")

    def waybill(self):
        text, carrier = V.waybill(self.r)
        return Neg(text, "waybill"), carrier

    def ms(self, when=None) -> Neg:
        return Neg(V.ms_timestamp(self.r, when or self.ts()), "13-digit ms timestamp")

    def uuid(self) -> Neg:
        return Neg(V.uuid4(self.r), "uuid (request/trace id)")

    def md5(self) -> Neg:
        return Neg(V.hexstr(self.r, 32), "md5 hex")

    def sha256(self) -> Neg:
        return Neg(V.hexstr(self.r, 64), "sha256 hex")

    def masked_mobile(self) -> Neg:
        return Neg(V.masked_mobile(self.r), "masked mobile")

    def masked_card(self) -> Neg:
        return Neg(V.masked_card(self.r), "masked card")

    def masked_id(self) -> Neg:
        return Neg(V.masked_id(self.r), "masked resident id")

    def masked_email(self) -> Neg:
        return Neg(V.masked_email(self.r), "masked email")

    def masked_name(self) -> Neg:
        return Neg(V.masked_name(self.r), "masked name")

    def private_ip(self) -> Neg:
        return Neg(V.private_ip(self.r), "private/loopback IP")

    def sku(self) -> Neg:
        return Neg(V.sku(self.r), "sku")

    def ean(self) -> Neg:
        return Neg(V.ean13(self.r), "EAN-13 barcode")

    def price(self) -> str:
        return "%.2f" % V.weighted(self.r, [(self.r.uniform(5, 200), 6), (self.r.uniform(200, 2000), 3),
                                            (self.r.uniform(2000, 20000), 1)])


# --------------------------------------------------------------------------------------------------
# Product titles and other filler

PRODUCTS = [
    ("【官方正品】雅诗兰黛小棕瓶精华液 50ml", "beauty"), ("日本进口 花王纸尿裤 L54片", "baby"),
    ("澳洲 a2 白金版婴幼儿奶粉 3段 900g", "baby"), ("Apple AirPods Pro 2 USB-C", "digital"),
    ("戴森 Dyson V12 Detect Slim 无绳吸尘器", "home"), ("SK-II 神仙水 230ml", "beauty"),
    ("任天堂 Switch OLED 日版 白色", "digital"), ("Swisse 钙+维生素D 150粒", "health"),
    ("兰蔻 小黑瓶 肌底精华 100ml", "beauty"), ("无印良品 超声波香薰机", "home"),
    ("耐克 Air Force 1 '07 男子运动鞋 白色 42", "apparel"), ("优衣库 U系列 圆领T恤 M码", "apparel"),
    ("三只松鼠 每日坚果 750g/30袋", "food"), ("小米 Redmi K70 12GB+256GB 墨羽", "digital"),
    ("Lululemon Align 高腰瑜伽裤 25\"", "apparel"), ("德国 Kneipp 克奈圃 沐浴油 100ml", "beauty"),
]
EN_PRODUCTS = ["Ceramic Pour-Over Coffee Set", "Bamboo Cutting Board (3-pack)", "Silk Sleep Mask - Black",
               "LED Desk Lamp with Wireless Charger", "Organic Matcha Powder 100g", "Cast Iron Teapot 0.8L",
               "Merino Wool Crew Socks", "Phone Case for iPhone 15 Pro", "Yoga Mat 6mm Non-Slip",
               "Stainless Steel Water Bottle 750ml"]
NICKNAMES = ["tb_82736451", "小鱼儿1992", "jd_7f3a2c1b", "快乐的小猪", "sunny_day", "梦里花落知多少", "tb2837461",
             "爱吃鱼的猫", "Luna_酱", "一只小可爱", "jd_187xxxx", "风中追风", "momo_妈咪", "cool_boy88"]
REMARKS = ["", "", "", "", "", "请尽快发货", "放门卫", "送货前电话联系", "不要放快递柜", "工作日送货", "周末送货",
           "发票抬头：个人", "礼物包装，不要放价格单", "老客户", "加急", "缺货可换同款"]


# --------------------------------------------------------------------------------------------------
# Documents


def doc_taobao_orders(g: Gen) -> Doc:
    """Tmall/Taobao seller-backend order export (Chinese headers, typical column names)."""
    d = Doc("exports/taobao_orders_202406.csv")
    r = g.r
    d.add(csv_row(["订单编号", "买家会员名", "买家支付宝账号", "买家实际支付金额", "订单状态", "收货人姓名",
                   "收货地址", "联系电话", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类",
                   "物流单号", "物流公司", "订单备注", "宝贝总数量", "商家编码"]))
    for _ in range(g.n(280)):
        t = g.ts(10)
        pay = t + dt.timedelta(seconds=r.randint(5, 900))
        # Alipay account: usually masked by the platform, sometimes full (older exports)
        acct = V.weighted(r, [(g.masked_mobile(), 5), (g.masked_email(), 3), (g.mobile("plain"), 1),
                              (g.email(), 1)])
        addr, _ = g.address(V.weighted(r, [("taobao-spaced", 6), ("compact", 3), ("postcode", 1)]))
        landline = g.landline() if g.chance(0.12) else ""
        mob = g.mobile(V.weighted(r, [("plain", 8), ("+86 plain-space", 1)]))
        if g.chance(0.25):  # Excel-protected text cell: leading apostrophe
            mob = ["'", mob]
        status = r.choice(["交易成功", "卖家已发货，等待买家确认", "买家已付款，等待卖家发货", "交易关闭"])
        wb, carrier = g.waybill() if status != "买家已付款，等待卖家发货" else ("", "")
        remark: list = [r.choice(REMARKS)]
        if g.chance(0.04):
            remark = ["收件人换成", g.name(), " 电话", g.mobile()]
        elif g.chance(0.03):  # user-typed remark with line breaks (quoted multi-line CSV cell)
            remark = ["麻烦放快递柜" + NL + "联系人：", g.name(), NL + "电话：", g.mobile("plain")]
        product, _ = r.choice(PRODUCTS)
        d.add(csv_row([g.order_id(t), r.choice(NICKNAMES), acct, g.price(), status, g.name(), addr, landline,
                       mob, t.strftime("%Y-%m-%d %H:%M:%S"), pay.strftime("%Y-%m-%d %H:%M:%S"), product,
                       r.randint(1, 3), wb, carrier, remark, r.randint(1, 5),
                       g.sku() if g.chance(0.7) else g.ean()]))
    return d


def doc_customs_orders(g: Gen) -> Doc:
    """Cross-border import: orders pushed to customs (订购人 identity is mandatory)."""
    d = Doc("exports/crossborder_customs_push.csv")
    r = g.r
    d.add(csv_row(["订单号", "电商平台代码", "订购人姓名", "订购人证件类型", "订购人证件号码", "订购人电话",
                   "支付企业", "支付交易号", "收件人", "收件人电话", "收件地址", "商品货号", "HS编码", "申报数量",
                   "申报总价", "运单号", "下单时间", "推送状态"]))
    for _ in range(g.n(180)):
        t = g.ts(10)
        buyer = g.name()
        same = g.chance(0.7)
        idv = g.resident_id()
        pay_co, trade = V.weighted(r, [(("财付通支付科技有限公司", Neg("4200002" + V.digits(r, 3) + t.strftime("%Y%m%d") + V.digits(r, 10), "wechat transaction id 28 digits")), 5),
                                       (("支付宝（中国）网络技术有限公司", Neg(t.strftime("%Y%m%d") + "22001" + V.digits(r, 15), "alipay trade_no 28 digits")), 4),
                                       (("银联商务股份有限公司", Neg(V.digits(r, 22, True), "unionpay query id")), 1)])
        buyer_phone = g.mobile(V.weighted(r, [("plain", 9), ("344dash", 1)]))
        addr, _ = g.address("compact")
        recv = buyer.text if same else None
        wb, _ = g.waybill()
        d.add(csv_row([g.order_id(t), Neg("33019" + V.digits(r, 5), "customs enterprise code"),
                       buyer, "1", idv, buyer_phone, pay_co, trade,
                       Val(recv, "person_name", "Chinese name") if recv else g.name(),
                       Val(buyer_phone.text, "cn_mobile", buyer_phone.variant) if same else g.mobile(),
                       addr, g.sku(), Neg(r.choice(["3304990099", "1901101010", "3401300000", "2106909090", "8518300000"]), "HS code"),
                       r.randint(1, 4), g.price(), wb, t.strftime("%Y-%m-%d %H:%M:%S"),
                       r.choice(["已放行", "已放行", "申报中", "退单: 订购人身份信息不符"])]))
    return d


def doc_visa_orders(g: Gen) -> Doc:
    """Travel products (visa, tours): passports and travel permits, with the document type in a column."""
    d = Doc("exports/travel_visa_orders.csv")
    r = g.r
    d.add(csv_row(["订单号", "产品", "出行人", "证件类型", "证件号码", "证件有效期", "出生日期", "联系手机", "紧急联系人",
                   "紧急联系电话", "出发日期"]))
    for _ in range(g.n(150)):
        t = g.ts(10)
        kind = V.weighted(r, [("passport", 6), ("permit", 5), ("id", 1)])
        if kind == "passport":
            doc_name, doc_val = "护照", g.passport()
        elif kind == "permit":
            doc_val, doc_name = g.permit()
        else:
            doc_name, doc_val = "身份证", g.resident_id(False)
        exp = V.random_date(r, 2025, 2034).strftime("%Y-%m-%d")
        birth = V.random_date(r, 1955, 2012).strftime("%Y-%m-%d")
        product = r.choice(["日本单次旅游签证（北京领区）", "港澳自由行 3天2晚", "泰国落地签代办", "新加坡 5天4晚 跟团游",
                            "台湾环岛 8日游", "法国申根签证 加急", "澳门一日游 含船票"])
        d.add(csv_row([g.order_id(t), product, g.name(), doc_name, doc_val, exp, birth, g.mobile(), g.name(),
                       g.mobile() if g.chance(0.8) else g.landline(),
                       (t + dt.timedelta(days=r.randint(7, 60))).strftime("%Y-%m-%d")]))
    return d


def doc_shopify_orders(g: Gen) -> Doc:
    """Overseas storefront export (Shopify-like English headers)."""
    d = Doc("exports/shopify_orders_export.csv")
    r = g.r
    d.add(csv_row(["Name", "Email", "Financial Status", "Paid at", "Currency", "Subtotal", "Shipping", "Total",
                   "Lineitem name", "Lineitem sku", "Billing Name", "Billing Street", "Billing City", "Billing Zip",
                   "Billing Country", "Billing Phone", "Shipping Name", "Shipping Phone", "Payment Method",
                   "Payment Reference", "Id", "Tags", "Notes"]))
    cities = [("New York", "10001", "US", "Broadway"), ("San Jose", "95112", "US", "N 1st St"),
              ("London", "SW1A 1AA", "GB", "Baker Street"), ("Singapore", "018956", "SG", "Orchard Road"),
              ("Sydney", "2000", "AU", "George St"), ("Tokyo", "150-0002", "JP", "Shibuya 2-chome"),
              ("Hong Kong", "", "HK", "Nathan Road"), ("Taipei", "106", "TW", "Sec. 4, Zhongxiao E. Rd"),
              ("Toronto", "M5V 2T6", "CA", "Queen St W"), ("Berlin", "10115", "DE", "Friedrichstrasse"),
              ("Kuala Lumpur", "50450", "MY", "Jalan Bukit Bintang"), ("Seoul", "04524", "KR", "Sejong-daero")]
    country_phone = {"US": "US", "GB": "GB", "SG": "SG", "AU": "AU", "JP": "JP", "HK": "HK", "TW": "TW",
                     "CA": "CA", "DE": "DE", "MY": "MY", "KR": "KR"}
    for i in range(g.n(150)):
        city, zip_, cc, road = r.choice(cities)
        name = g.en_name() if cc not in ("HK", "TW") or g.chance(0.5) else g.py_name()
        ship_same = g.chance(0.8)
        phone = g.foreign_phone(country_phone[cc]) if g.chance(0.85) else ""
        street = f"{r.randint(1, 2500)} {road}"
        if r.random() < 0.3:
            street += f", Apt {r.randint(1, 40)}{r.choice('ABCDEF')}"
        t = g.ts(10)
        sub = float(g.price())
        ship = r.choice([0.0, 4.99, 9.9, 15.0])
        pay_method = r.choice(["Shopify Payments", "PayPal Express Checkout", "Stripe", "Alipay+"])
        ref = Neg(f"c{V.digits(r, 11, True)}.{r.randint(1, 3)}", "payment reference")
        oid = Neg(str(r.randint(4, 6)) + V.digits(r, 12), "shopify 13-digit order id")
        note = "" if g.chance(0.85) else r.choice(["Gift - please no invoice", "Leave at front door",
                                                    "Call on arrival", "Please ship with DHL"])
        d.add(csv_row([f"#{1001 + i}", g.email(name.text), "paid", t.strftime("%Y-%m-%d %H:%M:%S +0800"), "USD",
                       "%.2f" % sub, "%.2f" % ship, "%.2f" % (sub + ship), r.choice(EN_PRODUCTS), g.sku(), name, street,
                       city, zip_, cc, phone, Val(name.text, "person_name", name.variant) if ship_same else g.en_name(),
                       Val(phone.text, "phone", phone.variant) if (ship_same and phone) else "", pay_method, ref, oid,
                       r.choice(["", "vip", "wholesale", "repeat"]), note]))
    return d


def doc_members_sql(g: Gen) -> Doc:
    """Member table, one INSERT per row (Navicat-style export)."""
    d = Doc("db/shop_member.sql")
    r = g.r
    for line in ["-- Navicat MySQL Data Transfer", "-- Source Server Type    : MySQL", "-- Source Server Version : 80036",
                 "-- Date: 2024-06-16 02:00:11", "", "SET NAMES utf8mb4;", "SET FOREIGN_KEY_CHECKS = 0;", "",
                 "DROP TABLE IF EXISTS `shop_member`;", "CREATE TABLE `shop_member`  (",
                 "  `id` bigint NOT NULL AUTO_INCREMENT,", "  `nickname` varchar(64) DEFAULT NULL,",
                 "  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名',",
                 "  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号',", "  `email` varchar(128) DEFAULT NULL,",
                 "  `id_card` varchar(18) DEFAULT NULL COMMENT '身份证号',", "  `gender` tinyint DEFAULT 0,",
                 "  `birthday` date DEFAULT NULL,", "  `level` int DEFAULT 1,",
                 "  `password` varchar(64) NOT NULL,", "  `reg_ip` varchar(45) DEFAULT NULL,",
                 "  `last_login_ip` varchar(45) DEFAULT NULL,", "  `reg_time` datetime NOT NULL,",
                 "  `invite_code` varchar(16) DEFAULT NULL,", "  PRIMARY KEY (`id`) USING BTREE,",
                 "  UNIQUE KEY `uk_mobile` (`mobile`)", ") ENGINE=InnoDB AUTO_INCREMENT=10001 DEFAULT CHARSET=utf8mb4;", "",
                 "-- ----------------------------", "-- Records of shop_member", "-- ----------------------------"]:
        d.add(line)
    for i in range(g.n(240)):
        t = g.ts(0) - dt.timedelta(days=r.randint(0, 900))
        has_id = g.chance(0.35)
        idv = (g.legacy_id() if g.chance(0.04) else g.resident_id()) if has_id else None
        real = g.name() if (has_id or g.chance(0.5)) else None
        mob = g.mobile("plain") if g.chance(0.95) else g.foreign_phone("HK")
        mail = g.email() if g.chance(0.55) else None
        birthday = V.random_date(r, 1960, 2006).isoformat() if g.chance(0.6) else None
        pw = Neg("$2a$10$" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./") for _ in range(53)), "bcrypt hash")
        reg_ip = g.ip() if g.chance(0.8) else g.private_ip()
        last_ip = g.ip() if g.chance(0.6) else None
        d.add("INSERT INTO `shop_member` VALUES ", sql_tuple([10001 + i, r.choice(NICKNAMES), real, mob, mail, idv,
                                                              r.randint(0, 2), birthday, r.randint(1, 6), pw, reg_ip,
                                                              last_ip, t.strftime("%Y-%m-%d %H:%M:%S"),
                                                              V.hexstr(r, 8).upper()]), ";")
    d.add("SET FOREIGN_KEY_CHECKS = 1;")
    return d


def doc_address_sql(g: Gen) -> Doc:
    """Address book, mysqldump extended inserts (many rows per line)."""
    d = Doc("db/member_address_dump.sql")
    r = g.r
    for line in ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "--",
                 "-- Host: 10.0.3.15    Database: shop", "-- ------------------------------------------------------",
                 "-- Server version\t8.0.36", "", "/*!40101 SET NAMES utf8mb4 */;", "",
                 "DROP TABLE IF EXISTS `member_address`;", "CREATE TABLE `member_address` (",
                 "  `id` bigint NOT NULL AUTO_INCREMENT,", "  `member_id` bigint NOT NULL,",
                 "  `consignee` varchar(32) NOT NULL,", "  `mobile` varchar(20) NOT NULL,",
                 "  `province` varchar(16) NOT NULL,", "  `city` varchar(16) NOT NULL,", "  `district` varchar(16) NOT NULL,",
                 "  `detail` varchar(255) NOT NULL,", "  `postcode` varchar(6) DEFAULT NULL,",
                 "  `lng` decimal(10,6) DEFAULT NULL,", "  `lat` decimal(10,6) DEFAULT NULL,",
                 "  `is_default` tinyint(1) NOT NULL DEFAULT '0',", "  PRIMARY KEY (`id`)",
                 ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;", "", "LOCK TABLES `member_address` WRITE;",
                 "/*!40000 ALTER TABLE `member_address` DISABLE KEYS */;"]:
        d.add(line)
    rid = 1
    for _ in range(g.n(8)):
        parts: list = ["INSERT INTO `member_address` VALUES "]
        for k in range(r.randint(10, 18)):
            _, (prov, city, dist, detail) = g.address()
            has_geo = g.chance(0.6)
            if has_geo:
                lat, lng, variant = g.geo(city, 6)
            # The address is split over province/city/district/detail columns: one cn_address per row,
            # carried by the street-level detail column.
            row = [rid, 10001 + r.randint(0, 239), g.name(), g.mobile("plain"), prov or city, city, dist,
                   Val(detail, "cn_address", "address split columns (detail only)"), V.POSTCODES[city],
                   RawNum(Val(lng, "geo_location", "geo split lng/lat columns")) if has_geo else None,
                   RawNum(lat) if has_geo else None, 1 if k == 0 else 0]
            if k:
                parts.append(",")
            parts.extend(sql_tuple(row))
            rid += 1
        parts.append(";")
        d.add(parts)
    d.add("/*!40000 ALTER TABLE `member_address` ENABLE KEYS */;")
    d.add("UNLOCK TABLES;")
    return d


def doc_sellers_kyc(g: Gen) -> Doc:
    """Marketplace seller onboarding (cross-border): SSN, HKID, TW ID, IBAN, passports, USCC."""
    d = Doc("customers/seller_kyc_2024.csv")
    r = g.r
    d.add(csv_row(["seller_id", "legal_name", "country", "id_type", "id_number", "tax_id", "contact_phone",
                   "contact_email", "payout_iban", "payout_account", "business_reg_no", "status", "created_at"]))
    for i in range(g.n(190)):
        cc = V.weighted(r, [("US", 26), ("HK", 20), ("TW", 22), ("DE", 8), ("FR", 6), ("GB", 8), ("NL", 4),
                            ("ES", 3), ("CN", 15)])
        t = g.ts(0) - dt.timedelta(days=r.randint(0, 400))
        name = g.en_name() if cc in ("US", "DE", "FR", "GB", "NL", "ES") else (g.py_name() if cc != "CN" else g.name())
        id_type, idn, tax, acct, breg = "", "", "", "", ""
        phone_cc = {"US": "US", "HK": "HK", "TW": "TW", "DE": "DE", "FR": "FR", "GB": "GB", "NL": "DE", "ES": "FR"}
        phone = g.foreign_phone(phone_cc.get(cc)) if cc != "CN" else g.mobile()
        iban = ""
        if cc == "US":
            id_type = "SSN" if g.chance(0.7) else "passport"
            idn = g.ssn(bare=g.chance(0.15)) if id_type == "SSN" else g.passport()
            tax = Neg(f"{r.randint(10, 99)}-{V.digits(r, 7)}", "US EIN") if g.chance(0.4) else ""
            acct = Neg(V.digits(r, 9, True), "ABA routing number") if g.chance(0.5) else ""
        elif cc == "HK":
            id_type, idn = "HKID", g.hkid()
            breg = Neg(V.digits(r, 8, True), "HK business registration no")
        elif cc == "TW":
            id_type, idn = "National ID", g.tw_id()
            breg = Neg(V.digits(r, 8, True), "TW UBN 8 digits")
        elif cc == "CN":
            id_type, idn = "resident_id", g.resident_id(False)
            breg = g.uscc()
            acct = Neg(V.company_account(r), "corporate bank account")
        else:
            id_type, idn = "passport", g.passport()
            tax = Neg(cc + V.digits(r, 9), "EU VAT number")
        if cc in ("DE", "FR", "GB", "NL", "ES") or (cc == "HK" and g.chance(0.1)):
            iban = g.iban()
        d.add(csv_row([f"S{200000 + i}", name, cc, id_type, idn, tax, phone, g.email(name.text if cc != "CN" else None),
                       iban, acct, breg, r.choice(["approved", "approved", "pending", "rejected"]),
                       t.strftime("%Y-%m-%dT%H:%M:%SZ")]))
    return d


def doc_app_events(g: Gen) -> Doc:
    d = Doc("events/app_events_20240615.jsonl")
    r = g.r
    sessions = [V.hexstr(r, 24) for _ in range(40)]
    for _ in range(g.n(650)):
        t = g.ts()
        ev = V.weighted(r, [("page_view", 30), ("login", 12), ("pay_success", 8), ("location", 8), ("register", 4),
                            ("kyc_submit", 3),
                            ("add_to_cart", 12), ("app_start", 8), ("search", 8), ("share", 3), ("refund_apply", 2),
                            ("error", 3)])
        base = {"event": ev, "ts": RawNum(g.ms(t)), "session": sessions[r.randrange(len(sessions))],
                "uid": r.randint(10001, 10240)}
        if ev == "page_view":
            base.update({"page": r.choice(["/pages/index", "/pages/goods/detail", "/pages/cart", "/pages/order/list"]),
                         "sku": g.sku(), "img": f"https://img.shop-cdn.cn/goods/{V.hexstr(r, 8)}@2x.png",
                         "dur_ms": r.randint(200, 90000)})
        elif ev == "login":
            osname = r.choice(["iOS", "Android", "Android", "HarmonyOS"])
            model = r.choice(["iPhone15,2", "iPhone14,5", "iPhone16,1"]) if osname == "iOS" else \
                r.choice(["M2012K11AC", "ALN-AL00", "V2227A", "PGBM10", "SM-S9180", "23049RAD8C"])
            dev: dict = {"os": osname, "model": model}
            if osname == "iOS":
                dev["idfa"] = g.idfa() if g.chance(0.5) else Neg("00000000-0000-0000-0000-000000000000", "zero IDFA (ATT denied)")
                dev["idfv"] = g.idfa()
            else:
                dev["oaid"] = g.oaid()
                if g.chance(0.4):
                    dev["android_id"] = g.android_id()
                if g.chance(0.15):
                    dev["imei"] = g.imei()
            base.update({"method": r.choice(["sms", "password", "wechat", "apple"]), "ip": g.ip(0.15),
                         "device": dev, "app_ver": r.choice(["5.12.0", "5.12.1", "5.11.3"]),
                         "trace_id": g.uuid()})
            if base["method"] == "sms" and g.chance(0.3):
                base["mobile"] = g.mobile(V.weighted(r, [("plain", 5), ("+86", 3), ("+86 344", 1)]))
        elif ev == "pay_success":
            channel = r.choice(["unionpay", "wechat", "alipay", "applepay", "visa"])
            base.update({"order_id": g.order_id(t), "channel": channel, "amount": RawNum(g.price()), "currency": "CNY"})
            if channel in ("unionpay", "visa"):
                if g.chance(0.35):
                    base["card_no"] = g.card("unionpay" if channel == "unionpay" else "visa", fmt=False)
                else:
                    base["card_mask"] = g.masked_card()
                base["bank"] = r.choice(["ICBC", "CCB", "ABC", "BOC", "CMB"])
            else:
                base["trade_no"] = Neg(t.strftime("%Y%m%d") + "2200" + V.digits(r, 16), "payment trade no")
        elif ev == "location":
            lat, lng, variant = g.geo()
            if g.chance(0.75):
                coords = {"lat": RawNum(Val(lat, "geo_location", variant + " lat/lng keys")), "lng": RawNum(lng)}
            else:
                coords = {"location": Val(f"{lng},{lat}", "geo_location", variant + " 'lng,lat' string")}
            base.update(coords)
            base.update({"accuracy": r.choice([5.0, 10.0, 35.0, 65.0]), "provider": r.choice(["gps", "network", "amap"])})
        elif ev == "register":
            base.update({"channel": r.choice(["app", "mini_program", "h5"])})
            if g.chance(0.85):
                base["mobile"] = g.mobile(V.weighted(r, [("plain", 6), ("+86", 2), ("+86 344", 1)]))
            if g.chance(0.4):
                base["email"] = g.email()
            base["invite_code"] = V.hexstr(r, 6).upper()
        elif ev == "kyc_submit":
            kind = V.weighted(r, [("id_card", 5), ("passport", 2), ("permit", 2)])
            if kind == "id_card":
                doc_type, doc_no = "ID_CARD", g.resident_id()
            elif kind == "passport":
                doc_type, doc_no = "PASSPORT", g.passport()
            else:
                doc_no, doc_name = g.permit()
                doc_type = {"港澳居民来往内地通行证": "HK_MO_HOME_RETURN_PERMIT", "台湾居民来往大陆通行证": "TW_COMPATRIOT_PERMIT",
                            "往来港澳通行证": "EEP_HK_MO", "大陆居民往来台湾通行证": "EEP_TW"}[doc_name]
            base.update({"docType": doc_type, "docNo": doc_no, "realName": g.name(), "result": r.choice(["PASS", "PASS", "REJECT"])})
        elif ev == "add_to_cart":
            base.update({"sku": g.sku(), "qty": r.randint(1, 3), "price": RawNum(g.price())})
        elif ev == "app_start":
            base.update({"cold": g.chance(0.5), "net": r.choice(["wifi", "4g", "5g"]),
                         "app_ver": r.choice(["5.12.0", "5.12.1"]), "build": Neg(V.digits(r, 10, True), "build number"),
                         "city_lat": RawNum(Neg("%.2f" % (V.CITY_CENTRES["上海市"][0] + r.uniform(-8, 8)), "city-level 2-decimal coordinate"))})
        elif ev == "search":
            base.update({"q": r.choice(["奶粉", "防晒霜", "switch", "air force 1", "纸尿裤 L", "13寸 笔记本",
                                        "iPhone 15 pro 壳"]), "results": r.randint(0, 500)})
        elif ev == "share":
            base.update({"to": r.choice(["wechat_friend", "moments", "weibo"]), "goods_id": r.randint(100000, 999999)})
        elif ev == "refund_apply":
            base.update({"order_id": g.order_id(t), "reason": r.choice(["尺码不合适", "商品破损", "七天无理由"]),
                         "contact": g.mobile()})
        else:
            base.update({"code": r.choice([500, 502, 504]), "msg": r.choice(["timeout", "upstream reset", "db busy"]),
                         "request_id": g.uuid()})
        d.add(jobj(base))
    return d


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 14; 23049RAD8C Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36 XWEB/1180065",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.118 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "okhttp/4.12.0", "ShopApp/5.12.1 (iPhone; iOS 17.5.1; Scale/3.00)", "Dalvik/2.1.0 (Linux; U; Android 13; PGBM10 Build/TP1A.220905.001)",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Prometheus/2.51.2", "curl/8.5.0",
]


def doc_access_log(g: Gen) -> Doc:
    d = Doc("logs/nginx/access.log")
    r = g.r
    for _ in range(g.n(650)):
        t = g.ts()
        stamp = t.strftime("[%d/%b/%Y:%H:%M:%S +0800]")
        ua = r.choice(UAS)
        path: list
        kind = V.weighted(r, [("static", 25), ("api", 35), ("order", 15), ("health", 8), ("query-pi", 5),
                              ("callback", 4), ("upload", 3), ("admin", 5)])
        if kind == "static":
            path = [f"/static/img/{r.choice(['logo', 'banner', 'icon-cart', 'avatar-default'])}@{r.choice(['2x', '3x'])}.png?v={V.hexstr(r, 8)}"]
        elif kind == "api":
            path = [f"/api/v2/goods/{r.randint(100000, 999999)}?sku=", g.sku(), f"&t=", g.ms(t)]
        elif kind == "order":
            path = ["/api/order/detail?orderNo=", g.order_id(t)]
        elif kind == "health":
            path = ["/actuator/health"]
            ua = "kube-probe/1.28"
        elif kind == "query-pi":
            which = r.choice(["mobile", "mobile", "email", "idcard"])
            if which == "mobile":
                path = ["/api/user/check?mobile=", g.mobile("plain"), "&scene=register"]
            elif which == "email":
                e = g.email()
                path = ["/api/user/bind?email=", Val(e.text.replace("@", "%40"), "email", "email percent-encoded @")]
            else:
                path = ["/api/kyc/verify?name=", Neg("%E5%BC%A0%E4%BC%9F", "percent-encoded name"), "&idNo=", g.resident_id(False)]
        elif kind == "fullwidth":
            m = g.mobile("plain")
            body = ["客户留言：我的手机号是", Val(m.text.translate(FULLWIDTH), "cn_mobile", "mobile full-width digits"), "，请尽快联系我。"]
        elif kind == "callback":
            path = ["/pay/notify/wechat?out_trade_no=", g.order_id(t)]
        elif kind == "upload":
            path = [f"/api/upload/avatar?uid={r.randint(10001, 10240)}&md5=", g.md5()]
        else:
            path = [f"/admin/orders/export?from=2024-06-01&to=2024-06-15&page={r.randint(1, 40)}"]
        method = "POST" if kind in ("callback", "upload") else "GET"
        status = r.choice([200] * 12 + [301, 304, 404, 499, 502])
        behind_lb = g.chance(0.55)
        client = g.ip(0.12)
        if behind_lb:
            remote = g.private_ip()
            xff = [client] if g.chance(0.8) else [client, ", ", g.private_ip()]
        else:
            remote = client if kind != "health" else g.private_ip()
            xff = ["-"]
        if kind == "health":
            xff = ["-"]
            remote = g.private_ip()
        d.add(remote, " - - ", stamp, f' "{method} ', path, f' HTTP/1.1" {status} {r.randint(0, 48000)} ',
              f'"{r.choice(["-", "https://m.shop.example.cn/", "https://servicewechat.com/wx1a2b3c4d5e6f7a8b/172/page-frame.html"])}" ',
              f'"{ua}" "', xff, f'" rt={r.uniform(0.001, 2.5):.3f} uct={r.uniform(0, 0.01):.3f}')
    return d


def doc_order_service_log(g: Gen) -> Doc:
    d = Doc("logs/order-service/app.log")
    r = g.r
    threads = [f"http-nio-8080-exec-{i}" for i in range(1, 11)] + ["scheduling-1", "kafka-consumer-2"]
    for _ in range(g.n(420)):
        t = g.ts()
        head = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d}"
        th = r.choice(threads)
        trace = V.hexstr(r, 16)
        kind = V.weighted(r, [("create", 18), ("pay", 10), ("ship", 10), ("kyc-fail", 4), ("body-dump", 4),
                              ("sql-debug", 5), ("masked", 10), ("cache", 12), ("stack", 6), ("sms", 6),
                              ("address-change", 3), ("metrics", 8), ("kafka", 6), ("invoice", 2),
                              ("mail", 4)])
        pre = f"{head} %-5s 1 --- [{th}] "
        if kind == "create":
            d.add(pre % "INFO", f"c.s.order.service.OrderServiceImpl      : [traceId={trace}] 创建订单成功 orderNo=",
                  g.order_id(t), f" userId={r.randint(10001, 10240)} amount={g.price()} items={r.randint(1, 4)}")
        elif kind == "pay":
            d.add(pre % "INFO", f"c.s.pay.PayCallbackHandler               : [traceId={trace}] 支付回调 outTradeNo=",
                  g.order_id(t), " transactionId=", Neg("4200002" + V.digits(r, 21), "wechat transaction id 28 digits"),
                  f" totalFee={r.randint(100, 99999)}")
        elif kind == "ship":
            wb, carrier = g.waybill()
            d.add(pre % "INFO", f"c.s.logistics.ShipmentService            : 订单 ", g.order_id(t), f" 已发货 {carrier} 运单号 ", wb)
        elif kind == "kyc-fail":
            d.add(pre % "WARN", "c.s.kyc.RealNameService                  : 实名认证失败 name=", g.name(), " idNo=",
                  g.resident_id(), f" reason={r.choice(['NAME_ID_MISMATCH', 'ID_EXPIRED', 'PHOTO_BLURRY'])}")
        elif kind == "body-dump":
            addr, _ = g.address()
            body = jobj({"receiverName": g.name(), "receiverMobile": g.mobile("plain"), "receiverAddress": addr,
                         "idCard": g.resident_id() if g.chance(0.4) else SKIP, "couponId": r.randint(1000, 9999)})
            d.add(pre % "ERROR", "c.s.common.web.GlobalExceptionHandler    : 请求处理异常 uri=/api/order/submit body=", body)
        elif kind == "sql-debug":
            d.add(pre % "DEBUG", "c.s.member.mapper.MemberMapper.selectByMobile : ==> Parameters: ", g.mobile("plain"), "(String)")
        elif kind == "masked":
            d.add(pre % "INFO", "c.s.member.MemberService                 : 用户登录成功 mobile=", g.masked_mobile(),
                  " idCard=", g.masked_id() if g.chance(0.4) else "null", " name=", g.masked_name())
        elif kind == "cache":
            d.add(pre % "DEBUG", f"c.s.common.cache.RedisCacheManager       : cache hit key=goods:detail:{r.randint(100000, 999999)} ttl={r.randint(1, 3600)}s")
        elif kind == "stack":
            d.add(pre % "ERROR", "c.s.order.service.OrderServiceImpl      : 库存扣减失败 sku=", g.sku())
            d.add("java.lang.IllegalStateException: stock not enough")
            d.add(f"\tat com.shop.order.service.OrderServiceImpl.deductStock(OrderServiceImpl.java:{r.randint(100, 900)})")
            d.add("\tat com.shop.order.service.OrderServiceImpl$$SpringCGLIB$$0.invoke(<generated>)")
            d.add("\tat org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:713)")
        elif kind == "sms":
            d.add(pre % "INFO", "c.s.notify.AliyunSmsSender               : 短信发送成功 phone=", g.mobile(V.weighted(r, [("plain", 5), ("86", 1)])),
                  f" template=SMS_{V.digits(r, 9, True)} bizId=", Neg(V.digits(r, 18, True) + "^0", "sms bizId"))
        elif kind == "address-change":
            addr, _ = g.address()
            d.add(pre % "INFO", "c.s.order.service.OrderServiceImpl      : 用户修改收货地址 orderNo=", g.order_id(t),
                  " 新地址：", addr, " 收件人：", g.name(), " 电话：", g.mobile())
        elif kind == "metrics":
            d.add(pre % "INFO", f"c.s.common.metrics.Reporter              : qps={r.randint(50, 900)} p99={r.randint(20, 900)}ms "
                  f"heap={r.randint(300, 1900)}MB version=", Neg(f"{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}.{r.randint(1, 200)}", "4-part version string"))
        elif kind == "kafka":
            d.add(pre % "INFO", f"o.a.k.c.consumer.internals.ConsumerCoordinator : [Consumer clientId=order-{r.randint(1, 6)}, groupId=order-group] "
                  f"Setting offset for partition order-events-{r.randint(0, 11)} to the committed offset FetchPosition{{offset={r.randint(10 ** 6, 10 ** 9)}, "
                  f"offsetEpoch=Optional[{r.randint(1, 40)}], currentLeader=LeaderAndEpoch{{leader=Optional[", g.private_ip(), f":9092 (id: {r.randint(0, 5)})]}}}}")
        elif kind == "mail":
            if g.chance(0.5):
                nm = g.name()
            else:
                nm = g.en_name()
            d.add(pre % "INFO", "c.s.notify.MailSender                    : 发货通知邮件已发送 to=\"", nm, " <", g.email(nm.text if nm.variant == "English name" else None),
                  f">\" subject=\"您的订单已发货\" messageId=<", Neg(V.hexstr(r, 24) + "@mail.globalbuy-shop.cn", "Message-ID"), ">")
        else:
            d.add(pre % "INFO", "c.s.invoice.InvoiceService               : 开票成功 抬头=", r.choice(["深圳市华信科技有限公司", "杭州云途贸易有限公司", "个人"]),
                  " 税号=", g.uscc(), " 发票号码=", Neg(V.digits(r, 20, True), "invoice number 20 digits"))
    return d


def doc_payment_log(g: Gen) -> Doc:
    d = Doc("logs/payment-gateway/gateway.log")
    r = g.r
    for _ in range(g.n(220)):
        t = g.ts()
        head = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}+08:00"
        kind = V.weighted(r, [("auth", 30), ("auth-masked", 30), ("payout", 10), ("refund", 10), ("bin", 10), ("hb", 10)])
        rid = g.uuid()
        if kind == "auth":
            c = g.card()
            d.add(f'{head} level=debug msg="card auth request" request_id=', rid, " pan=", c if c.text.isdigit() else ['"', c, '"'],
                  f" exp={r.randint(1, 12):02d}/{r.randint(25, 31)} amount={g.price()} currency={r.choice(['CNY', 'USD', 'HKD'])}")
        elif kind == "auth-masked":
            d.add(f'{head} level=info msg="card auth ok" request_id=', rid, " pan=", g.masked_card(),
                  f" auth_code={V.digits(r, 6)} rrn=", Neg(V.digits(r, 12), "RRN 12 digits"))
        elif kind == "payout":
            d.add(f'{head} level=info msg="seller payout queued" seller=S{r.randint(200000, 200130)} iban=', g.iban() if g.chance(0.8) else Neg("DE89********3000", "masked IBAN"),
                  f" amount={g.price()} currency=EUR batch=", Neg(V.digits(r, 14, True), "batch number"))
        elif kind == "refund":
            d.add(f'{head} level=info msg="refund to card" order=', g.order_id(t), " card=", g.masked_card() if g.chance(0.6) else g.card(),
                  f" amount={g.price()}")
        elif kind == "bin":
            d.add(f'{head} level=debug msg="bin lookup" bin={r.choice(["622202", "436742", "512425", "356600"])} '
                  f'brand={r.choice(["UnionPay", "VISA", "MASTERCARD", "JCB"])} issuer_country=CN')
        else:
            d.add(f'{head} level=info msg="heartbeat" upstream=', Neg(r.choice(["gw.unionpay.internal", "10.8.1.20"]), "internal host"),
                  f" latency_ms={r.randint(3, 80)} ts=", g.ms(t))
    return d


def doc_push_log(g: Gen) -> Doc:
    d = Doc("logs/push/device-register.log")
    r = g.r
    for _ in range(g.n(140)):
        t = g.ts()
        kind = V.weighted(r, [("android", 45), ("ios", 35), ("iot", 10), ("fail", 10)])
        head = t.strftime("%Y-%m-%d %H:%M:%S")
        if kind == "android":
            d.add(f"{head} [push-register] platform=android vendor={r.choice(['huawei', 'xiaomi', 'oppo', 'vivo', 'honor'])} uid={r.randint(10001, 10240)} oaid=",
                  g.oaid(), " imei=", g.imei() if g.chance(0.4) else "unknown", " token=", Neg(V.hexstr(r, 40), "push token"))
        elif kind == "ios":
            d.add(f"{head} [push-register] platform=ios uid={r.randint(10001, 10240)} idfv=", g.idfa(), " apns_token=",
                  Neg(V.hexstr(r, 64), "APNs token"), " app_version=5.12.1")
        elif kind == "iot":
            d.add(f"{head} [push-register] platform=locker uid=0 locker_id=", Neg(f"SZ-NS-{r.randint(1000, 9999)}", "locker id"),
                  " mac=", g.mac(), " fw=", Neg(f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 99)}", "firmware version"))
        else:
            d.add(f"{head} [push-register] WARN register failed code={r.choice([10003, 10011, 20001])} request_id=", g.uuid())
    return d


def doc_parking_log(g: Gen) -> Doc:
    d = Doc("logs/warehouse/gate_2024-06-15.log")
    r = g.r
    for _ in range(g.n(140)):
        t = g.ts()
        kind = V.weighted(r, [("in", 40), ("out", 40), ("unknown", 8), ("sys", 12)])
        head = t.strftime("%Y-%m-%d %H:%M:%S")
        gate = r.choice(["东门入口", "东门出口", "B2-北", "货运通道1", "货运通道2"])
        if kind in ("in", "out"):
            d.add(f"{head} {'IN ' if kind == 'in' else 'OUT'} gate={gate} plate=", g.plate(),
                  f" type={r.choice(['月卡', '临时', '货车预约', '员工'])} conf={r.uniform(0.80, 0.999):.3f}",
                  f" fee={r.choice(['0.00', '5.00', '10.00', '20.00'])}" if kind == "out" else "")
        elif kind == "unknown":
            d.add(f"{head} IN  gate={gate} plate=未识别 conf=0.000 snapshot=/data/snap/", Neg(V.hexstr(r, 32), "md5 hex"), ".jpg")
        else:
            d.add(f"{head} SYS camera={r.choice(['cam-01', 'cam-02', 'cam-03'])} status=online ip=", g.private_ip(),
                  " model=DS-2CD7A47 fw=V5.7.3 build=", Neg("240315", "build date"))
    return d


def doc_waybills(g: Gen) -> Doc:
    d = Doc("logistics/waybills_20240615.csv")
    r = g.r
    d.add(csv_row(["运单号", "快递公司", "订单号", "寄件网点", "寄件人电话", "收件人", "收件人电话", "收件地址", "重量(kg)",
                   "运费", "派件员", "派件员电话", "派送车辆", "签收时间", "签收经纬度"]))
    couriers = [(g.name(), g.mobile("plain"), g.plate()) for _ in range(12)]
    for _ in range(g.n(190)):
        t = g.ts()
        wb, carrier = g.waybill()
        addr, (_, city, _, _) = g.address("compact")
        cname, cphone, cplate = r.choice(couriers)
        signed = g.chance(0.7)
        geo: object = ""
        if signed and g.chance(0.8):
            lat, lng, variant = g.geo(city, r.choice([6, 6, 5]))
            geo = Val(f"{lat},{lng}", "geo_location", variant + " 'lat,lng' string")
        sender_phone = Neg(r.choice(["400-833-8888", "95338", "400-098-6066", "4008-111-111"]), "400/95 service number") if g.chance(0.6) else g.landline()
        d.add(csv_row([wb, carrier, g.order_id(t), r.choice(["华东仓(嘉兴)", "华南仓(东莞)", "保税仓(宁波)"]), sender_phone,
                       g.name(), g.mobile(V.weighted(r, [("plain", 7), ("344space", 1), ("344dash", 1)])), addr,
                       "%.2f" % r.uniform(0.1, 12), "%.2f" % r.uniform(6, 40),
                       Val(cname.text, "person_name", cname.variant), Val(cphone.text, "cn_mobile", cphone.variant),
                       Val(cplate.text, "vehicle_plate", cplate.variant),
                       (t + dt.timedelta(hours=r.randint(20, 70))).strftime("%Y-%m-%d %H:%M") if signed else "", geo]))
    return d


def doc_stores(g: Gen) -> Doc:
    d = Doc("data/stores.csv")
    r = g.r
    d.add(csv_row(["store_id", "store_name", "city", "address", "hotline", "lat", "lng", "open_hours"]))
    for i in range(g.n(40)):
        addr, (_, city, _, _) = g.address(V.weighted(r, [("compact", 3), ("no-province", 1)]))
        lat0, lng0 = V.CITY_CENTRES[city]
        precise = g.chance(0.5)
        lat, lng = (("%.6f" % (lat0 + r.uniform(-0.1, 0.1)), "%.6f" % (lng0 + r.uniform(-0.1, 0.1))) if precise
                    else ("%.2f" % lat0, "%.2f" % lng0))
        d.add(csv_row([f"ST{1000 + i}", f"{city[:-1]}{r.choice(['万象城', '大悦城', '银泰', '天街', '来福士'])}店", city, addr,
                       g.landline() if g.chance(0.5) else Neg("400-820-" + V.digits(r, 4), "400 service number"),
                       Val(lat, "geo_location", "geo 6 decimals store lat/lng columns") if precise else Neg(lat, "city-level 2-decimal coordinate"),
                       lng if precise else Neg(lng, "city-level 2-decimal coordinate"), "10:00-22:00"]))
    return d


def doc_invoices(g: Gen) -> Doc:
    d = Doc("finance/invoices_2024Q2.csv")
    r = g.r
    d.add(csv_row(["发票代码", "发票号码", "开票日期", "购买方名称", "购买方纳税人识别号", "购买方地址电话", "购买方开户行及账号",
                   "价税合计", "开票人", "备注"]))
    companies = ["深圳市华信科技有限公司", "杭州云途贸易有限公司", "上海悦享餐饮管理有限公司", "北京智联通达信息技术有限公司",
                 "广州市天河区小林服装店", "义乌市锦程日用品商行", "成都麦田文化传播有限公司"]
    for _ in range(g.n(100)):
        t = g.ts(60) - dt.timedelta(days=60)
        personal = g.chance(0.35)
        if personal:
            buyer, taxid, addrtel, bank = g.name(), "", "", ""
        else:
            buyer = r.choice(companies)
            taxid = g.uscc()
            addr, _ = g.address("no-province")
            addrtel = [addr, " ", g.landline()] if g.chance(0.85) else [addr]
            bank = [r.choice(["招商银行深圳科技园支行", "中国工商银行杭州西湖支行", "中国银行上海浦东分行"]), " ", Neg(V.company_account(r), "corporate bank account")]
        d.add(csv_row([Neg(f"0{r.choice(['44', '33', '31', '11'])}00{V.digits(r, 7)}", "invoice code 12 digits"),
                       Neg(V.digits(r, 8), "invoice number 8 digits") if g.chance(0.5) else Neg("24" + V.digits(r, 18), "e-invoice number 20 digits"),
                       t.strftime("%Y-%m-%d"), buyer, taxid, addrtel, bank, g.price(), r.choice(["财务-小王", "系统自动"]),
                       "" if g.chance(0.8) else ["订单号", g.order_id(t)]]))
    return d


def doc_support_tickets(g: Gen) -> Doc:
    d = Doc("support/tickets_export.jsonl")
    r = g.r
    for i in range(g.n(150)):
        t = g.ts(5)
        kind = V.weighted(r, [("addr", 20), ("refund-card", 8), ("en", 12), ("generic", 35), ("callback", 15), ("hk", 5),
                              ("idcheck", 5), ("permit", 4), ("fullwidth", 3)])
        body: list
        if kind == "addr":
            addr, _ = g.address(V.weighted(r, [("compact", 4), ("no-province", 2), ("with-street", 1)]))
            body = ["客户来电称收货地址写错，需改为", addr, "，联系人", g.name(), " ", g.mobile(), "，请仓库拦截后重新发出。"]
        elif kind == "refund-card":
            body = ["客户要求退款至银行卡 ", g.card("unionpay"), "，开户人", g.name(), "，已转财务处理。"]
        elif kind == "en":
            nm = g.en_name()
            body = ["Hi, this is ", nm, ". My order hasn't arrived yet, please contact me at ", g.email(nm.text),
                    " or ", g.foreign_phone(), ". Thanks!"]
        elif kind == "generic":
            body = [r.choice(["客户咨询发货时间，已告知48小时内发出。", "商品有划痕，客户要求换货，已同意。",
                              "客户反馈优惠券无法使用，已补发10元券。", "物流显示已签收但客户未收到，已联系快递核实。",
                              "客户询问是否支持开具增值税专用发票。", "催发货，已加急处理。"])]
        elif kind == "fullwidth":
            m = g.mobile("plain")
            body = ["客户留言：我的手机号是", Val(m.text.translate(FULLWIDTH), "cn_mobile", "mobile full-width digits"), "，请尽快联系我。"]
        elif kind == "callback":
            body = ["请回拨客户 ", g.mobile(V.weighted(r, [("plain", 4), ("344space", 2), ("344dash", 1)])), "（", g.masked_name(), "），订单 ",
                    g.order_id(t), " 的发票抬头需要修改。"]
        elif kind == "hk":
            body = ["香港客户", g.name(), "，電話 ", g.foreign_phone("HK"), "，要求寄送至香港，已告知需转运。"]
        elif kind == "permit":
            pv, doc_name = g.permit()
            body = ["客户", g.name(), "使用", doc_name, "（", pv, "）下单，海关要求补充资料，已邮件通知。"]
        else:
            body = ["客户实名校验失败，核对证件号 ", g.resident_id(), " 与姓名 ", g.name(), " 不一致，已提示重新提交。"]
        obj = {"ticket_id": f"T{20240615000 + i}", "created_at": t.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
               "channel": r.choice(["phone", "im", "email"]), "agent": r.choice(["客服-小美", "客服-阿杰", "客服-Lily"]),
               "content": Multi(body), "status": r.choice(["closed", "open", "pending"])}
        d.add(jobj(obj))
    return d


def doc_refunds_xml(g: Gen) -> Doc:
    d = Doc("exports/refund_batch_0615.xml")
    r = g.r
    d.add('<?xml version="1.0" encoding="UTF-8"?>')
    d.add(f'<RefundBatch id="RB{V.digits(r, 10)}" created="2024-06-15T23:00:00+08:00" xmlns="urn:shop:refund:v1">')
    for _ in range(g.n(30)):
        t = g.ts()
        d.add("  <Refund>")
        d.add("    <OrderNo>", g.order_id(t), "</OrderNo>")
        d.add("    <Amount currency=\"CNY\">", g.price(), "</Amount>")
        if g.chance(0.5):
            d.add("    <AccountName>", g.name(), "</AccountName>")
            d.add("    <CardNo>", g.card("unionpay", fmt=False), "</CardNo>")
        else:
            d.add("    <AccountName>", g.en_name(), "</AccountName>")
            d.add("    <IBAN>", g.iban(), "</IBAN>")
        d.add("    <ContactMobile>", g.mobile("plain"), "</ContactMobile>")
        d.add("    <RequestId>", g.uuid(), "</RequestId>")
        d.add("  </Refund>")
    d.add("</RefundBatch>")
    return d


def doc_oncall_md(g: Gen) -> Doc:
    d = Doc("docs/oncall.md")
    r = g.r
    d.add("# 值班手册 / On-call runbook")
    d.blank()
    d.add("生产环境告警先看 Grafana（内网 http://", g.private_ip(), ":3000），再按下表联系值班人。")
    d.blank()
    d.add("| 周 | 值班人 | 手机 | 邮箱 |")
    d.add("|---|---|---|---|")
    for w in range(1, 9):
        nm = g.name()
        d.add(f"| W{w} | ", nm, " | ", g.mobile(V.weighted(r, [("plain", 3), ("344dash", 1)])), " | ", g.email(), " |")
    d.blank()
    d.add("客服热线 ", Neg("400-820-8820", "400 service number"), "（对外），投诉专线 ", Neg("95xxx", "placeholder"), "。")
    d.add("支付通道故障联系银联商务 7x24：", Neg("95534", "95 short code"), "；数据库 DBA：", g.name(), " ", g.landline(), "。")
    d.blank()
    d.add("## 日志位置")
    d.add("- 订单服务：`/data/logs/order-service/app.log`（保留 7 天）")
    d.add("- 网关：`/data/logs/nginx/access.log`，字段说明见 https://", Neg("nginx.org", "documentation link host"), "/en/docs/http/ngx_http_log_module.html")
    d.add("- 崩溃上报：Sentry（", Val("o450123.ingest.sentry.io", "foreign_destination", "sentry host in doc"), "），项目 shop-app。")
    d.add("- 版本号示例：", Neg("5.12.1.2406", "4-part version string"), "；镜像 `registry.cn-hangzhou.aliyuncs.com/shop/api@sha256:", g.sha256(), "`")
    d.blank()
    d.add("## 常见问题")
    d.add("1. 身份证号校验失败：前端已脱敏，日志中应为 ", g.masked_id(), " 形式，若出现完整号码请立即上报。")
    d.add("2. 地址解析：城市级坐标（如 ", Neg("31.23,121.47", "city-level 2-decimal coordinate"), "）不算精确位置。")
    d.add("3. 测试账号请使用 ", Neg("138****0000", "masked mobile"), " 系列，勿用真实手机号。")
    return d


def doc_frontend(g: Gen) -> list[Doc]:
    r = g.r
    html = Doc("web/index.html")
    html.add("<!DOCTYPE html>")
    html.add('<html lang="zh-CN">')
    html.add("<head>")
    html.add('  <meta charset="utf-8">')
    html.add('  <meta name="viewport" content="width=device-width,initial-scale=1">')
    html.add("  <title>环球优选 - 跨境好物</title>")
    html.add('  <link rel="icon" href="/static/img/favicon@2x.png">')
    html.add('  <link rel="stylesheet" href="https://', Neg("cdn.shop-cdn.cn", "domestic CDN host"), '/css/app.', g.md5(), '.css">')
    html.add('  <script async src="https://', Val("www.googletagmanager.com", "foreign_destination", "GA/GTM host"), '/gtag/js?id=G-8XK2Q4Z1RM"></script>')
    html.add("  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-8XK2Q4Z1RM');</script>")
    html.add('  <script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://', Neg("hm.baidu.com", "domestic analytics host"), '/hm.js?', g.md5(), '";document.head.appendChild(hm);})();</script>')
    html.add('  <script src="https://', Val("connect.facebook.net", "foreign_destination", "Meta pixel host"), '/en_US/fbevents.js" async></script>')
    html.add('  <script src="https://', Val("js.stripe.com", "foreign_destination", "Stripe JS host"), '/v3/"></script>')
    html.add("</head>")
    html.add("<body>")
    html.add('  <header><img src="/static/img/logo@2x.png" srcset="/static/img/logo@3x.png 3x" alt="环球优选"></header>')
    html.add('  <div id="app"></div>')
    html.add('  <footer>')
    html.add('    <p>客服热线：', Neg("400-820-8820", "400 service number"), ' | 客服邮箱：', Val("service@globalbuy-shop.cn", "email", "role mailbox"), '</p>')
    html.add('    <p><a href="https://beian.miit.gov.cn/">', Neg("沪ICP备2023012345号-1", "ICP licence number"), '</a> <a href="http://www.beian.gov.cn/">',
             Neg("沪公网安备31011502012345号", "public security filing number"), '</a></p>')
    html.add('    <p>营业执照：', g.uscc(), ' 上海环球优选电子商务有限公司</p>')
    html.add('  </footer>')
    html.add("</body>")
    html.add("</html>")

    css = Doc("web/static/css/app.css")
    css.add("@charset \"UTF-8\";")
    css.add(".logo{background:url(/static/img/logo@2x.png) no-repeat;background-size:120px 32px}")
    css.add("@media (-webkit-min-device-pixel-ratio:3){.logo{background-image:url(/static/img/logo@3x.png)}}")
    css.add(".icon-cart{background:url(../img/icon-cart@2x.webp)}")
    css.add("@media (min-width:768px){.cart{display:none}}")
    css.add("/* build ", g.sha256(), " v5.12.1 */")

    pkg = Doc("web/package.json")
    pkg.add("{")
    pkg.add('  "name": "shop-h5",')
    pkg.add('  "version": "5.12.1",')
    pkg.add('  "private": true,')
    pkg.add('  "repository": "', Neg("git@github.com:globalbuy/shop-h5.git", "git SSH remote"), '",')
    pkg.add('  "author": "Frontend Team <', Val("fe-team@globalbuy-shop.cn", "email", "role mailbox"), '>",')
    pkg.add('  "dependencies": {')
    pkg.add('    "vue": "^3.4.27",')
    pkg.add('    "axios": "1.7.2",')
    pkg.add('    "left-pad": "npm:left-pad@1.3.0",')
    pkg.add('    "@sentry/vue": "8.9.2"')
    pkg.add("  },")
    pkg.add('  "config": {')
    pkg.add('    "sentryDsn": "https://', Neg(V.hexstr(r, 32), "sentry public key"), '@', Val(f"o{r.randint(100000, 999999)}.ingest.sentry.io", "foreign_destination", "sentry DSN host"), f'/{r.randint(1000000, 9999999)}",')
    pkg.add('    "apiBase": "https://', Neg("api.globalbuy-shop.cn", "first-party domestic host"), '"')
    pkg.add("  }")
    pkg.add("}")
    return [html, css, pkg]


def doc_spring_yaml(g: Gen) -> Doc:
    d = Doc("config/application-prod.yml")
    r = g.r
    L = d.add
    L("server:")
    L("  port: 8080")
    L("  tomcat:")
    L("    max-threads: 400")
    L("spring:")
    L("  application:")
    L("    name: order-service")
    L("  datasource:")
    L("    url: jdbc:mysql://", g.private_ip(), ":3306/shop?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai")
    L("    username: shop_rw")
    L("    password: ${DB_PASSWORD}")
    L("  redis:")
    L("    host: ", Neg("r-bp1f2c3d4e5f6a7b8.redis.rds.aliyuncs.com", "domestic managed redis"))
    L("    port: 6379")
    L("  kafka:")
    L("    bootstrap-servers: ", g.private_ip(), ":9092,", g.private_ip(), ":9092")
    L("aliyun:")
    L("  oss:")
    L("    endpoint: https://", Neg("oss-cn-hangzhou.aliyuncs.com", "domestic cloud host"))
    L("    bucket: shop-prod-images")
    L("    internal-endpoint: ", Neg("oss-cn-hangzhou-internal.aliyuncs.com", "domestic cloud host"))
    L("  sms:")
    L("    endpoint: ", Neg("dysmsapi.aliyuncs.com", "domestic cloud host"))
    L("    sign-name: 环球优选")
    L("  dashscope:")
    L("    base-url: https://", Neg("dashscope.aliyuncs.com", "domestic cloud host (Beijing)"), "/compatible-mode/v1")
    L("overseas:")
    L("  # HK warehouse sync for cross-border orders")
    L("  hk-oss-endpoint: https://", Val("oss-cn-hongkong.aliyuncs.com", "foreign_destination", "Alibaba OSS Hong Kong"))
    L("  s3:")
    L("    endpoint: https://", Val("s3.us-west-2.amazonaws.com", "foreign_destination", "AWS S3 regional host"))
    L("    bucket: globalbuy-us-orders")
    L("  amazon-sp-api: https://", Val("sellingpartnerapi-na.amazon.com", "foreign_destination", "Amazon SP-API"))
    L("  tiktok-shop: https://", Val("open-api.tiktokglobalshop.com", "foreign_destination", "TikTok Shop API"))
    L("monitoring:")
    L("  sentry:")
    L("    dsn: https://", Neg(V.hexstr(r, 32), "sentry public key"), "@", Val(f"o{r.randint(100000, 999999)}.ingest.sentry.io", "foreign_destination", "sentry DSN host"), f"/{r.randint(1000000, 9999999)}")
    L("    environment: prod")
    L("  datadog:")
    L("    site: ", Val("datadoghq.com", "foreign_destination", "Datadog site"))
    L("analytics:")
    L("  mixpanel:")
    L("    api-host: ", Val("api.mixpanel.com", "foreign_destination", "Mixpanel"))
    L("    token: ", Neg(V.hexstr(r, 32), "API token"))
    L("  sensors:")
    L("    server-url: https://", Neg("sensors.globalbuy-shop.cn", "first-party domestic host"), ":8106/sa?project=production")
    L("alert:")
    L("  oncall-phone: \"", g.mobile(V.weighted(r, [("+86 344", 1), ("plain", 1)])), "\"")
    L("  oncall-email: ", g.email())
    L("  dingtalk-webhook: https://", Neg("oapi.dingtalk.com", "domestic SaaS host"), "/robot/send?access_token=", Neg(V.hexstr(r, 64), "access token"))
    L("  slack-webhook: https://", Val("hooks.slack.com", "foreign_destination", "Slack webhook"), "/services/T0", Neg(V.hexstr(r, 8).upper(), "token"), "/B0", Neg(V.hexstr(r, 8).upper(), "token"))
    L("payment:")
    L("  unionpay:")
    L("    gateway: https://", Neg("gateway.95516.com", "domestic payment host"), "/gateway/api/frontTransReq.do")
    L("    merchant-id: \"", Neg("898" + V.digits(r, 12), "merchant id 15 digits"), "\"")
    L("  stripe:")
    L("    api-base: https://", Val("api.stripe.com", "foreign_destination", "Stripe API"))
    L("  alipay-global:")
    L("    gateway: https://", Val("open-sea-global.alipay.com", "foreign_destination", "Alipay+ SG"))
    L("  alipay:")
    L("    gateway: https://", Neg("openapi.alipay.com", "domestic payment host"), "/gateway.do")
    L("assets:")
    L("  logo: /static/img/brand@2x.png")
    L("  cdn: https://", Neg("cos.ap-guangzhou.myqcloud.com", "domestic cloud host"))
    return d


def doc_env(g: Gen) -> Doc:
    d = Doc("deploy/.env.production")
    r = g.r
    L = d.add
    L("# production environment for shop-overseas (do not commit real secrets)")
    L("NODE_ENV=production")
    L("APP_VERSION=5.12.1")
    L("AWS_REGION=", Val("us-east-1", "foreign_destination", "AWS region env var"))
    L("AWS_S3_ENDPOINT=https://", Val("globalbuy-exports.s3.us-east-1.amazonaws.com", "foreign_destination", "S3 virtual-hosted"))
    L("AWS_S3_CN_ENDPOINT=https://", Neg("s3.cn-north-1.amazonaws.com.cn", "domestic cloud host (AWS China)"))
    L("SQS_QUEUE_URL=https://", Val("sqs.eu-central-1.amazonaws.com", "foreign_destination", "SQS"), "/", Neg(V.digits(r, 12, True), "AWS account id"), "/order-events")
    L("ALIYUN_REGION=", Neg("cn-shanghai", "domestic region"))
    L("ALIYUN_OSS_ENDPOINT=", Neg("oss-cn-shanghai.aliyuncs.com", "domestic cloud host"))
    L("TENCENT_COS_REGION=", Neg("ap-guangzhou", "domestic region (Tencent)"))
    L("TENCENT_COS_SG_BUCKET=", Val("shop-sg-1250000000.cos.ap-singapore.myqcloud.com", "foreign_destination", "Tencent COS Singapore bucket host"))
    L("HUAWEI_OBS_ENDPOINT=https://", Neg("obs.cn-north-4.myhuaweicloud.com", "domestic cloud host"))
    L("SENTRY_DSN=https://", Neg(V.hexstr(r, 32), "sentry public key"), "@", Val(f"o{r.randint(100000, 999999)}.ingest.us.sentry.io", "foreign_destination", "sentry DSN host"), f"/{r.randint(1000000, 9999999)}")
    L("SEGMENT_WRITE_KEY=", Neg(V.hexstr(r, 32), "API key"))
    L("SEGMENT_API_HOST=", Val("api.segment.io", "foreign_destination", "Segment"))
    L("AMPLITUDE_SERVER_URL=https://", Val("api2.amplitude.com", "foreign_destination", "Amplitude"), "/2/httpapi")
    L("OPENAI_BASE_URL=https://", Val("api.openai.com", "foreign_destination", "OpenAI"), "/v1")
    L("DASHSCOPE_BASE_URL=https://", Val("dashscope-intl.aliyuncs.com", "foreign_destination", "DashScope international (SG)"), "/compatible-mode/v1")
    L("DEEPSEEK_BASE_URL=https://", Neg("api.deepseek.com", "domestic LLM host"))
    L("TWILIO_API=https://", Val("api.twilio.com", "foreign_destination", "Twilio"))
    L("SMS_PROVIDER=aliyun")
    L("REDIS_URL=redis://:", Neg(V.hexstr(r, 16), "password"), "@", g.private_ip(), ":6379/0")
    L("DATABASE_URL=postgres://shop:", Neg("S3cr3t_pw", "password"), "@", g.private_ip(), ":5432/shop")
    L("ADMIN_EMAIL=", g.email())
    L("OPS_PHONE=", g.mobile(V.weighted(r, [("plain", 2), ("+86", 1)])))
    L("SUPPORT_EMAIL=", Val("support@globalbuy-shop.cn", "email", "role mailbox"))
    L("HK_SUPPORT_PHONE=", g.foreign_phone("HK"))
    L("ORDER_ID_EPOCH_MS=", Neg("1288834974657", "13-digit ms timestamp"))
    L("MAX_UPLOAD_MB=20")
    return d


def doc_properties(g: Gen) -> Doc:
    d = Doc("config/integration.properties")
    r = g.r
    L = d.add
    L("# third-party integrations")
    L("app.name=order-service")
    L("logistics.sf.api=https://", Neg("sfapi.sf-express.com", "domestic SaaS host"), "/std/service")
    L("logistics.cainiao.api=https://", Neg("link.cainiao.com", "domestic SaaS host"), "/gateway/link.do")
    L("logistics.dhl.api=https://", Val("api-eu.dhl.com", "foreign_destination", "DHL API"), "/track/shipments")
    L("wechat.pay.notify=https://", Neg("api.globalbuy-shop.cn", "first-party domestic host"), "/pay/notify/wechat")
    L("wechat.api=https://", Neg("api.weixin.qq.com", "domestic SaaS host"))
    L("crm.hubspot.base=https://", Val("api.hubapi.com", "foreign_destination", "HubSpot"))
    L("crm.zoho.cn.base=https://", Neg("www.zohoapis.com.cn", "domestic SaaS host (Zoho CN)"))
    L("mail.smtp.host=", Val("smtp.sendgrid.net", "foreign_destination", "SendGrid SMTP"))
    L("mail.smtp.port=587")
    L("mail.from=", Val("noreply@globalbuy-shop.cn", "email", "role mailbox"))
    L("mail.bcc=", g.email())
    L("storage.backup.endpoint=https://", Val("storage.googleapis.com", "foreign_destination", "GCS"), "/globalbuy-backup")
    L("storage.cos.endpoint=https://", Neg("cos.ap-beijing.myqcloud.com", "domestic cloud host"))
    L("storage.obs.hk.endpoint=https://", Val("obs.ap-southeast-1.myhuaweicloud.com", "foreign_destination", "Huawei OBS Hong Kong"))
    L("llm.hunyuan.endpoint=https://", Neg("hunyuan.tencentcloudapi.com", "domestic cloud host"))
    L("llm.anthropic.endpoint=https://", Val("api.anthropic.com", "foreign_destination", "Anthropic"))
    L("push.onesignal=https://", Val("onesignal.com", "foreign_destination", "OneSignal"), "/api/v1/notifications")
    L("push.getui=https://", Neg("restapi.getui.com", "domestic SaaS host"), "/v2/")
    L("geo.amap.key=", Neg(V.hexstr(r, 32), "API key"))
    L("geo.amap.api=https://", Neg("restapi.amap.com", "domestic SaaS host"), "/v3/geocode/geo")
    L("warehouse.default.lat=", Neg("30.27", "city-level 2-decimal coordinate"))
    L("warehouse.default.lng=", Neg("120.15", "city-level 2-decimal coordinate"))
    L("risk.blacklist.test.mobile=", g.mobile("plain"))
    L("build.version=", Neg("5.12.1.240615", "version string"))
    return d


def doc_terraform(g: Gen) -> Doc:
    d = Doc("infra/terraform/main.tf")
    r = g.r
    L = d.add
    L("terraform {")
    L("  required_providers {")
    L('    aws = { source = "hashicorp/aws", version = "~> 5.50" }')
    L('    alicloud = { source = "aliyun/alicloud", version = "1.223.0" }')
    L('    tencentcloud = { source = "tencentcloudstack/tencentcloud", version = "1.81.90" }')
    L("  }")
    L("}")
    L("")
    L('provider "aws" {')
    L('  region = "', Val("us-west-2", "foreign_destination", "AWS provider region (provider on another line)"), '"')
    L("}")
    L("")
    L('provider "aws" {')
    L('  alias  = "cn"')
    L('  region = "', Neg("cn-northwest-1", "domestic region (AWS China)"), '"')
    L("}")
    L("")
    L('provider "alicloud" {')
    L('  region = "', Neg("cn-hangzhou", "domestic region"), '"')
    L("}")
    L("")
    L('provider "alicloud" {')
    L('  alias  = "hk"')
    L('  region = "', Val("cn-hongkong", "foreign_destination", "Alibaba Cloud Hong Kong region (provider on another line)"), '"')
    L("}")
    L("")
    L('provider "tencentcloud" {')
    L('  region = "', Neg("ap-shanghai", "domestic region (Tencent)"), '"')
    L("}")
    L("")
    L('resource "aws_s3_bucket" "order_exports" {')
    L('  bucket = "globalbuy-order-exports"')
    L("  tags = {")
    L('    owner = "', g.email(), '"')
    L('    team  = "data-platform"')
    L("  }")
    L("}")
    L("")
    L('resource "aws_s3_bucket" "cn_exports" {')
    L("  provider = aws.cn")
    L('  bucket   = "globalbuy-cn-exports"')
    L("}")
    L("")
    L('resource "alicloud_oss_bucket" "hk_mirror" {')
    L("  provider = alicloud.hk")
    L('  bucket   = "globalbuy-hk-mirror"')
    L("}")
    L("")
    L('resource "aws_db_instance" "analytics" {')
    L('  identifier        = "analytics-eu"')
    L('  availability_zone = "', Val("eu-west-1a", "foreign_destination", "AWS availability zone"), '"')
    L('  instance_class    = "db.t3.medium"')
    L("}")
    L("")
    L('resource "aws_security_group_rule" "office" {')
    L('  type        = "ingress"')
    L("  cidr_blocks = [\"", Neg("10.0.0.0/8", "private CIDR"), "\", \"", Neg("192.168.0.0/16", "private CIDR"), "\"]")
    L("}")
    L("")
    L('output "replication_target" {')
    L('  value = "https://', Val("globalbuy-replica.s3.ap-southeast-1.amazonaws.com", "foreign_destination", "S3 virtual-hosted"), '"')
    L("}")
    L("")
    L('output "domestic_target" {')
    L('  value = "https://', Neg("globalbuy-cn.oss-cn-beijing.aliyuncs.com", "domestic cloud host"), '"')
    L("}")
    return d


def doc_nginx_conf(g: Gen) -> Doc:
    d = Doc("config/nginx/shop.conf")
    L = d.add
    L("upstream order_service {")
    for _ in range(3):
        L("    server ", g.private_ip(), ":8080 max_fails=3 fail_timeout=10s;")
    L("}")
    L("")
    L("server {")
    L("    listen 443 ssl http2;")
    L("    server_name m.globalbuy-shop.cn;")
    L("    ssl_certificate /etc/nginx/ssl/globalbuy-shop.cn.pem;")
    L("    set_real_ip_from ", Neg("100.64.0.0/10", "CGNAT CIDR"), ";")
    L("    real_ip_header X-Forwarded-For;")
    L("    location /api/ {")
    L("        proxy_pass http://order_service;")
    L("    }")
    L("    location /intl/ {")
    L("        proxy_pass https://", Val("api.eu.intercom.io", "foreign_destination", "Intercom EU"), "/;")
    L("    }")
    L("    location /static/ {")
    L("        alias /data/www/static/;")
    L("        expires 30d;")
    L("    }")
    L("    allow ", Neg("127.0.0.1", "loopback IP"), ";")
    L("    access_log /data/logs/nginx/access.log main;")
    L("}")
    return d


def doc_analytics_json(g: Gen) -> Doc:
    d = Doc("config/tracking.json")
    L = d.add
    L("{")
    L('  "providers": [')
    L('    {"name": "ga4", "endpoint": "https://', Val("region1.google-analytics.com", "foreign_destination", "GA4 collect"), '/g/collect", "enabled": true},')
    L('    {"name": "baidu", "endpoint": "https://', Neg("hm.baidu.com", "domestic analytics host"), '/hm.gif", "enabled": true},')
    L('    {"name": "sensors", "endpoint": "https://', Neg("sensors.globalbuy-shop.cn", "first-party domestic host"), ':8106/sa", "enabled": true},')
    L('    {"name": "tiktok", "endpoint": "https://', Val("analytics.tiktok.com", "foreign_destination", "TikTok pixel"), '/api/v2/pixel", "enabled": false},')
    L('    {"name": "clarity", "endpoint": "https://', Val("www.clarity.ms", "foreign_destination", "Microsoft Clarity"), '/collect", "enabled": false},')
    L('    {"name": "umeng", "endpoint": "https://', Neg("ulogs.umeng.com", "domestic analytics host"), '", "enabled": true}')
    L("  ],")
    L('  "sample_rate": 0.25,')
    L('  "debug_device_ids": ["', g.idfa(), '", "', g.android_id(), '"],')
    L('  "owner": "', g.email(), '"')
    L("}")
    return d


def doc_market_config(g: Gen) -> Doc:
    """Per-market storage and SaaS endpoints of a multi-region shop (mixed domestic / foreign)."""
    d = Doc("config/markets.yaml")
    r = g.r
    L = d.add
    F = lambda host, variant: Val(host, "foreign_destination", variant)  # noqa: E731
    D = lambda host: Neg(host, "domestic cloud/SaaS host")  # noqa: E731
    L("# market -> where order data, media and events are written")
    L("markets:")
    L("  cn:")
    L("    orders-db: ", Neg("rm-2ze8f3k1l0p9q7r6s.mysql.rds.aliyuncs.com", "domestic managed DB (region not in host)"))
    L("    media: https://shop-cn-media.", D("oss-cn-shenzhen.aliyuncs.com"))
    L("    media-backup: https://", D("shop-cn-backup-1250000000.cos.ap-chengdu.myqcloud.com"))
    L("    events: https://", D("shop-events.cn-hangzhou.log.aliyuncs.com"))
    L("    queue: ", D("1234567890123456.mns.cn-beijing.aliyuncs.com"))
    L("    s3-compatible: https://", D("s3.cn-northwest-1.amazonaws.com.cn"))
    L("    obs: https://", D("shop-cn.obs.cn-east-3.myhuaweicloud.com"))
    L("    search: https://", D("es-cn-abc123def.elasticsearch.aliyuncs.com"), ":9200")
    L("  hk:")
    L("    media: https://shop-hk-media.", F("oss-cn-hongkong.aliyuncs.com", "Alibaba OSS Hong Kong"))
    L("    media-backup: https://", F("shop-hk-1250000000.cos.ap-hongkong.myqcloud.com", "Tencent COS Hong Kong"))
    L("    region: ", F("ap-hongkong", "Tencent region Hong Kong (bare)"), "   # tencentcloud")
    L("  sg:")
    L("    orders-db: ", F("shop-sg.cluster-c1a2b3c4d5e6.ap-southeast-1.rds.amazonaws.com", "AWS RDS Singapore"))
    L("    media: https://", F("shop-sg-media.s3.ap-southeast-1.amazonaws.com", "S3 virtual-hosted"))
    L("    events: https://", F("kinesis.ap-southeast-1.amazonaws.com", "AWS Kinesis"))
    L("    llm: https://", F("dashscope-intl.aliyuncs.com", "DashScope international (SG)"))
    L("  us:")
    L("    media: https://", F("shop-us-media.s3.dualstack.us-west-2.amazonaws.com", "S3 dualstack"))
    L("    queue: https://", F("sqs.us-east-1.amazonaws.com", "SQS"), "/", Neg(V.digits(r, 12, True), "AWS account id"), "/orders")
    L("    warehouse-api: https://", F("sellingpartnerapi-fe.amazon.com", "Amazon SP-API FE (us-west-2)"))
    L("    analytics: https://", F("api.amplitude.com", "Amplitude"))
    L("  eu:")
    L("    media: https://", F("shopeu.blob.core.windows.net", "Azure Blob (region not in host, foreign provider)"))
    L("    mixpanel: https://", F("api-eu.mixpanel.com", "Mixpanel EU"))
    L("    sentry: https://", Neg(V.hexstr(r, 32), "sentry public key"), "@", F(f"o{r.randint(100000, 999999)}.ingest.de.sentry.io", "Sentry EU"), f"/{r.randint(1000000, 9999999)}")
    L("    crm: https://", F("api-eu1.hubapi.com", "HubSpot EU"))
    L("    mail: ", F("api.eu.mailgun.net", "Mailgun EU"))
    L("  jp:")
    L("    line: https://", F("api.line.me", "LINE Messaging API"))
    L("    gcs-region: ", F("asia-northeast1", "GCP region Tokyo (bare)"), "   # google provider")
    L("defaults:")
    L("  timeout-ms: 3000")
    L("  retry: 3")
    L("  internal-gateway: http://", g.private_ip(), ":8000")
    L("  k8s-service: http://", Neg("order-service.prod.svc.cluster.local", "cluster-internal host"), ":8080")
    return d


def doc_api_samples(g: Gen) -> Doc:
    """Pretty-printed order-detail API responses captured for debugging (values sit on their own lines)."""
    d = Doc("logs/api-debug/order_detail_samples.json")
    r = g.r
    L = d.add
    n = g.n(12)
    L("[")
    for i in range(n):
        t = g.ts()
        addr, (prov, city, dist, detail) = g.address()
        L("  {")
        L('    "code": 0,')
        L('    "msg": "success",')
        L('    "traceId": "', g.uuid(), '",')
        L('    "data": {')
        L('      "orderNo": "', g.order_id(t), '",')
        L(f'      "createTime": "{t.strftime("%Y-%m-%d %H:%M:%S")}",')
        L('      "payAmount": ', g.price(), ",")
        L('      "receiver": {')
        L('        "name": "', g.name(), '",')
        L('        "phone": "', g.mobile(V.weighted(r, [("plain", 4), ("344space", 1)])), '",')
        if g.chance(0.5):
            L('        "address": "', addr, '",')
        else:
            L(f'        "province": "{prov or city}",')
            L(f'        "city": "{city}",')
            L(f'        "district": "{dist}",')
            L('        "detailAddress": "', Val(detail, "cn_address", "address split JSON keys (detail only)"), '",')
        L('        "postCode": "', V.POSTCODES[city], '"')
        L("      },")
        L('      "buyer": {')
        L(f'        "userId": {r.randint(10001, 10240)},')
        L('        "nick": "', r.choice(NICKNAMES), '",')
        L('        "idCardNo": ', (['"', g.masked_id(), '"'] if g.chance(0.6) else ['"', g.resident_id(), '"']), ",")
        L('        "lastLoginIp": "', g.ip(), '"')
        L("      },")
        L('      "payment": {')
        L('        "channel": "', r.choice(["UNIONPAY", "WECHAT", "ALIPAY"]), '",')
        L('        "cardNo": "', g.masked_card(), '",')
        L('        "tradeNo": "', Neg(t.strftime("%Y%m%d") + "2200" + V.digits(r, 16), "payment trade no"), '"')
        L("      },")
        L('      "logistics": {')
        wb, carrier = g.waybill()
        L('        "company": "', carrier, '",')
        L('        "waybillNo": "', wb, '"')
        L("      }")
        L("    }")
        L("  }" + ("," if i < n - 1 else ""))
    L("]")
    return d


def doc_fixtures(g: Gen) -> Doc:
    """Unit-test fixtures of a validation library: look-alikes that FAIL their check (nothing is labelled)."""
    d = Doc("tests/fixtures/validation_cases.json")
    r = g.r
    d.add("{")
    d.add('  "description": "inputs the KYC/payment validators must reject",')
    d.add('  "cases": [')
    rows = []
    for _ in range(g.n(6)):
        rows.append(("bad_checksum", "id_card", Neg(V.bad_resident_id(r), "resident id wrong check"), "INVALID_CHECKSUM"))
        v = V.resident_id(r)
        rows.append(("bad_date", "id_card", Neg(v[:10] + "0230" + v[14:17] + V.mod11_2_check(v[:10] + "0230" + v[14:17]), "resident id invalid date"), "INVALID_DATE"))
        rows.append(("bad_luhn", "card_no", Neg(V.bad_card(r), "card wrong Luhn"), "INVALID_PAN"))
        m = V.cn_mobile(r)
        rows.append(("unallocated_segment", "mobile", Neg(r.choice(["154", "140", "141", "194"]) + m[3:], "mobile unallocated segment"), "INVALID_MOBILE"))
        rows.append(("bad_hkid", "hkid", Neg(V.bad_hkid(r), "HKID wrong check"), "INVALID_HKID"))
        tw = V.tw_id(r)
        rows.append(("bad_twid", "tw_id", Neg(tw[:-1] + str((int(tw[-1]) + 3) % 10), "TW ID wrong check"), "INVALID_TWID"))
        ib = V.iban(r)[0].replace(" ", "")
        rows.append(("bad_iban", "iban", Neg(ib[:-1] + str((int(ib[-1]) + 1) % 10) if ib[-1].isdigit() else ib[:-1] + "0", "IBAN wrong check"), "INVALID_IBAN"))
        u = V.uscc(r)
        rows.append(("bad_uscc", "uscc", Neg(u[:-1] + ("0" if u[-1] != "0" else "1"), "USCC wrong check"), "INVALID_USCC"))
        rows.append(("bad_ssn", "ssn", Neg(r.choice(["000", "666", "9%02d" % r.randint(0, 99)]) + "-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)), "SSN invalid area"), "INVALID_SSN"))
        im = V.imei(r)
        rows.append(("bad_imei", "imei", Neg(im[:-1] + str((int(im[-1]) + 5) % 10), "IMEI wrong Luhn"), "INVALID_IMEI"))
        rows.append(("placeholder", "mobile", Neg(r.choice(["13800000000", "13812345678", "18888888888", "13900000000"]), "placeholder mobile"), "PLACEHOLDER"))
        rows.append(("bad_ip", "ip", Neg(f"{r.randint(256, 999)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(0, 255)}", "invalid IPv4"), "INVALID_IP"))
    r.shuffle(rows)
    for i, (case, key, val, expect) in enumerate(rows):
        d.add("    ", jobj({"case": case, key: val, "expect": expect}, sep=", ", kv=": "), "," if i < len(rows) - 1 else "")
    d.add("  ]")
    d.add("}")
    return d


DOCS = [doc_taobao_orders, doc_customs_orders, doc_visa_orders, doc_shopify_orders, doc_members_sql, doc_address_sql,
        doc_sellers_kyc, doc_app_events, doc_access_log, doc_order_service_log, doc_payment_log, doc_push_log,
        doc_parking_log, doc_waybills, doc_stores, doc_invoices, doc_support_tickets, doc_refunds_xml, doc_oncall_md,
        doc_frontend, doc_spring_yaml, doc_env, doc_properties, doc_terraform, doc_nginx_conf, doc_analytics_json, doc_market_config, doc_api_samples, doc_fixtures]



def generate(out: str, seed: int, scale: float) -> dict:
    V.selftest()
    if os.path.exists(out):
        entries = [e for e in os.listdir(out)]
        if entries and "labels.tsv" not in entries:
            raise SystemExit(f"generate_corpus: {out} exists, is not empty and holds no labels.tsv: refusing to overwrite")
        shutil.rmtree(out)
    os.makedirs(out)
    rng = random.Random(seed)
    g = Gen(rng, scale)
    docs: list[Doc] = []
    for fn in DOCS:
        res = fn(g)
        docs.extend(res if isinstance(res, list) else [res])
    labels, details, negs = [], [], []
    total_lines = 0
    for doc in docs:
        path = os.path.join(out, doc.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            i = 0
            for logical in doc.lines:
              for parts in physical_lines(logical):
                i += 1
                f.write(render_line(parts) + "\n")
                for p in parts:
                    if isinstance(p, Val):
                        labels.append((doc.path, i, p.entity))
                        details.append((doc.path, i, p.entity, p.variant))
                    elif isinstance(p, Neg):
                        negs.append((doc.path, i, p.kind))
        total_lines += i
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tline\tentity\n")
        for row in labels:
            f.write("%s\t%d\t%s\n" % row)
    with open(os.path.join(out, "labels-detail.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tline\tentity\tvariant\n")
        for row in details:
            f.write("%s\t%d\t%s\t%s\n" % row)
    with open(os.path.join(out, "negatives.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tline\tkind\n")
        for row in negs:
            f.write("%s\t%d\t%s\n" % row)
    with open(os.path.join(out, ".xborderignore"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# evaluation metadata, not corpus\n/labels.tsv\n/labels-detail.tsv\n/negatives.tsv\n")
    return {"files": len(docs), "lines": total_lines, "labels": len(labels), "negatives": len(negs)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output folder (replaced if it holds a previous corpus)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--scale", type=float, default=1.0, help="row-count multiplier (default 1.0: ~4,000 lines)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.scale <= 0:
        ap.error("--scale must be positive")
    stats = generate(args.out, args.seed, args.scale)
    if not args.quiet:
        print(f"generate_corpus: {stats['files']} files, {stats['lines']} lines, {stats['labels']} labels, "
              f"{stats['negatives']} hard negatives -> {args.out} (seed {args.seed}, scale {args.scale:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
