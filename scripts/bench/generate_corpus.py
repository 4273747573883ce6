#!/usr/bin/env python3
"""Generate the throughput benchmark corpus (not labelled; see scripts/eval for the labelled one).

    python3 scripts/bench/generate_corpus.py --out .build/bench-corpus --size-mib 1024 [--seed 11]

A mixed e-commerce export of about --size-mib MiB: CSV orders with Chinese fields, JSONL events, web
access logs and a tree of small config files. Match density is realistic: most lines hold 0-2 values,
many numbers only look like personal data (order ids, timestamps, waybills, EAN codes, prices, masked
values). Values are synthetic (scripts/eval/values.py: valid check digits, no real people).

Deterministic: the same seed and size give byte-identical files. To stay fast in Python, each file type
draws whole lines from a pool of a few thousand generated records and prefixes them with a fresh
running order id or timestamp, so lines still differ. Writes `.complete` last: an existing corpus with
that marker and the same parameters is reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
import values as V  # noqa: E402

POOL = 4000
FILE_MIB = 64


def maybe(rng: random.Random, p: float, text: str, other: str = "") -> str:
    return text if rng.random() < p else other


def csv_record(rng: random.Random) -> str:
    # An export meant to be cleaned: masked values and look-alikes everywhere, a real value left behind in
    # about one row in twenty (the planted findings; look-alikes make most of the regex matches).
    name = maybe(rng, 0.02, V.chinese_name(rng), V.masked_name(rng))
    phone = maybe(rng, 0.02, V.cn_mobile(rng), V.masked_mobile(rng))
    ident = maybe(rng, 0.005, V.resident_id(rng), maybe(rng, 0.5, V.masked_id(rng), V.bad_resident_id(rng)))
    addr = maybe(rng, 0.01, V.cn_address(rng)[0], rng.choice(["上海市", "北京市朝阳区", "深圳市南山区", "杭州"]))
    bill, carrier = V.waybill(rng)
    price = f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}"
    sku = V.ean13(rng)
    goods = rng.choice(["无线耳机", "保温杯 500ml", "儿童绘本套装", "蓝牙音箱", "运动鞋 42码", "茶叶礼盒", "手机壳"])
    return f"{name},{phone},{ident},\"{addr}\",{goods},{sku},{price},{bill},{carrier},{V.snowflake_id(rng)}"


def jsonl_record(rng: random.Random) -> dict:
    event = {
        "event": rng.choice(["page_view", "add_to_cart", "checkout", "login", "search"]),
        "user_id": V.snowflake_id(rng),
        "session": V.hexstr(rng, 32),
        "ip": maybe(rng, 0.02, V.public_ipv4(rng), V.private_ip(rng)),
        "ua": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36",
        "amount_cents": rng.randint(100, 999999),
        "sku": V.ean13(rng),
    }
    if rng.random() < 0.2:
        event["email"] = maybe(rng, 0.1, V.email(rng), V.masked_email(rng))
    if rng.random() < 0.02:
        event["device_id"] = V.uuid4(rng)
    if rng.random() < 0.1:
        event["card"] = maybe(rng, 0.05, V.card_number(rng)[0], maybe(rng, 0.5, V.masked_card(rng), V.bad_card(rng)))
    if rng.random() < 0.01:
        event["geo"] = V.geo_point(rng)[0]
    event["order_id"] = maybe(rng, 0.5, V.taobao_order_id(rng), V.snowflake_id(rng))
    return event


def log_record(rng: random.Random) -> str:
    ip = maybe(rng, 0.03, V.public_ipv4(rng), V.private_ip(rng))
    path = rng.choice(["/api/v2/orders", "/static/app.js", "/cart", "/api/v2/users/me", "/search?q=%E8%80%B3%E6%9C%BA"])
    query = maybe(rng, 0.01, f"&phone={V.cn_mobile(rng)}", maybe(rng, 0.01, f"&email={V.email(rng)}"))
    status = rng.choice([200, 200, 200, 304, 404, 500])
    return (f'{ip} - - "GET {path}?trace={V.hexstr(rng, 32)}{query} HTTP/1.1" {status} {rng.randint(200, 90000)} '
            f'"https://shop.example.cn/" "Mozilla/5.0" rt={rng.randint(1, 900) / 1000:.3f}')


CONFIGS = [
    ("app/config.yaml", "database:\n  host: db.internal\n  port: 5432\nstorage:\n  endpoint: https://oss-cn-hangzhou.aliyuncs.com\n"
     "  bucket: orders-archive\nanalytics:\n  url: https://api.segment.io/v1\n  region: us-west-2\n"),
    ("app/.env", "S3_BUCKET=s3://exports-bucket\nAWS_REGION=eu-central-1\nSMTP_HOST=smtp.sendgrid.net\nSUPPORT_MAIL=ops@example.cn\n"),
    ("infra/main.tf", 'provider "aws" {\n  region = "ap-southeast-1"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "exports"\n}\n'),
    ("app/application.properties", "spring.datasource.url=jdbc:mysql://rm-bp1.mysql.rds.aliyuncs.com:3306/shop\n"
     "logging.level.root=INFO\nserver.port=8080\n"),
]


def write_lines(path: str, target: int, make_line, header: str = "") -> int:
    """Writes `header` then lines from `make_line(n)` until the file holds at least `target` bytes."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(header)
        size = len(header.encode("utf-8"))
        batch: list[str] = []
        n = 0
        while size < target:
            text = make_line(n) + "\n"
            batch.append(text)
            size += len(text.encode("utf-8"))
            n += 1
            if len(batch) >= 4096:
                out.write("".join(batch))
                batch = []
        out.write("".join(batch))
    return size


def generate(out: str, size_mib: int, seed: int) -> None:
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    csv_pool = [csv_record(rng) for _ in range(POOL)]
    json_pool = [json.dumps(jsonl_record(rng), ensure_ascii=False) for _ in range(POOL)]
    log_pool = [log_record(rng) for _ in range(POOL)]
    start = dt.datetime(2025, 3, 1)
    kinds = ["csv", "jsonl", "log"]
    total = size_mib << 20
    written = 0
    index = 0
    while written < total:
        kind = kinds[index % 3]
        target = min(FILE_MIB << 20, total - written)
        pick = random.Random(seed * 1000 + index)
        path = os.path.join(out, kind, f"part-{index:03d}.{kind}")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        header = ""
        if kind == "csv":
            def line(n, pick=pick):
                return f"{V.date_order_id(pick, start)[:12]}{n:08d},{pick.choice(csv_pool)}"
            header = "订单号,收件人,手机号,证件号,收货地址,商品,条码,金额,运单号,承运商,用户ID\n"
        elif kind == "jsonl":
            def line(n, pick=pick):
                return '{"ts":' + str(1740787200000 + n * 37) + "," + pick.choice(json_pool)[1:]
        else:
            def line(n, pick=pick):
                ts = (start + dt.timedelta(seconds=n // 20)).strftime("%d/%b/%Y:%H:%M:%S +0800")
                return f"[{ts}] " + pick.choice(log_pool)
        written += write_lines(path, target, line, header)
        index += 1
    for name, text in CONFIGS:
        for copy in range(25):
            path = os.path.join(out, "configs", f"svc-{copy:02d}", name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    marker = os.path.join(args.out, ".complete")
    stamp = f"size-mib={args.size_mib} seed={args.seed} v3\n"
    if os.path.exists(marker) and open(marker).read() == stamp:
        print(f"bench corpus: reusing {args.out}")
        return
    if os.path.exists(marker):
        os.remove(marker)
    generate(args.out, args.size_mib, args.seed)
    with open(marker, "w") as f:
        f.write(stamp)
    print(f"bench corpus: wrote {args.out}")


if __name__ == "__main__":
    main()
