/// Person names found next to a name label or in a name column: Chinese (a surname and 1–2 given-name
/// characters; the rule's pattern supplies the surname list) or Latin (2–3 capitalised words).
///
/// This check rejects what a label or column alone does not rule out: stock placeholders (张三/李四/王五/赵六
/// and the numbered 钱七, 孙八 … family: a surname plus one numeral; John/Jane Doe), anonymised forms (张某,
/// 王某某), a surname with a title (王先生, 李女士, 陈老师), common words that start with a surname character
/// (column headers such as 金额 or 单价, colours, places, goods: 黄色, 苏州, 杨梅), and Latin "names" that contain a
/// common header, e-commerce or placeholder word (Unit Price, Apple Watch, Test User).
public enum PersonNameValidator {
  // Scalars, not Characters: hashing a Character costs far more, and every one here is a single scalar.
  static let numerals = Set("一二三四五六七八九十".unicodeScalars)
  static let companySuffixes = Set("店厂司馆局社".unicodeScalars)
  static let placeholderNames: Set<String> = ["张三", "李四", "王五", "赵六"]
  static let chineseTitles = ["先生", "女士", "小姐", "老师", "师傅", "同学", "经理", "老板", "总", "某"]
  static let chineseNonNames: Set<String> = [
    // Column headers and form labels.
    "金额", "金币", "余额", "付款", "应付", "应收", "成交", "成本", "单价", "单号", "单位", "单元", "时间", "时长", "时段",
    "方式", "明细", "商品", "商家", "文件", "全称", "简称", "安装", "包装", "房号", "房间", "车牌", "车型", "车号", "司机",
    "项目", "关键词", "毛重", "高度", "宽度", "温度", "常用", "全部", "关闭", "安全", "成功", "和平", "向导", "于是",
    // Colours, goods and brands.
    "黄色", "白色", "金色", "蓝色", "黄金", "白银", "包邮", "华为", "杨梅", "黄瓜", "白菜", "马桶", "石榴", "金针菇",
    "白酒", "黄酒", "米酒", "毛巾", "毛衣", "童装", "童鞋", "花生",
    // Provinces and cities that start with a surname character.
    "江苏", "江西", "安徽", "吉林", "甘肃", "宁夏", "宁波", "苏州", "郑州", "常州", "温州", "武汉", "成都", "石家庄", "唐山",
    "邢台", "包头", "焦作", "安阳", "商丘", "周口", "许昌", "邵阳", "岳阳", "常德", "江门", "韶关", "惠州", "梅州",
    "汕头", "潮州", "东莞", "佛山", "中山", "珠海", "湛江", "茂名", "肇庆", "柳州", "桂林", "贺州", "昆山", "常熟",
  ]
  // Not "white", "black", "green": they are common surnames (Chloe White); product colours sit in product
  // columns, which the rule's exclusions already lower.
  static let latinStopWords: Set<String> = [
    "test", "demo", "sample", "example", "user", "admin", "guest", "customer", "unknown", "none", "null", "default",
    "doe", "foo", "bar", "name", "first", "last", "full", "your", "not", "available", "anonymous", "member",
    "order", "product", "item", "sku", "gift", "card", "free", "shipping", "standard", "express", "delivery",
    "apple", "watch", "phone", "pro", "max", "plus", "mini", "air", "ultra", "edition", "series", "pack", "set",
    "box", "case", "cover", "cable", "charger", "red", "blue", "gold", "silver",
    "large", "small", "medium", "size", "color", "colour", "new", "sale", "hot", "best", "premium", "classic",
    "service", "support", "team", "store", "shop", "online", "official", "company", "limited", "ltd", "inc",
    "group", "bank", "china", "macau", "macao", "taiwan", "york", "city", "street", "road", "avenue", "district",
    "province", "error", "warning", "info", "debug", "true", "false", "yes", "no", "unit", "price", "total",
    "amount", "date", "time", "status", "type", "quantity", "qty", "number", "code", "address", "email", "mobile",
    "state", "country", "zip", "postal", "note", "notes", "remark", "created", "updated", "paid", "payment",
    "method", "account", "balance", "level", "tracking", "carrier", "id",
  ]

  public static func isValid(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first else { return false }
    return first.isASCII ? isLatinName(value) : isChineseName(value)
  }

  /// The pattern gives Han characters only, so characters and scalars are the same here.
  static func isChineseName(_ value: String) -> Bool {
    let scalars = Array(value.unicodeScalars)
    guard (2...4).contains(scalars.count), let last = scalars.last else { return false }
    guard !nonNameScalars.contains(scalars) else { return false }
    if scalars.count == 2, numerals.contains(last) { return false }
    // Shops, workshops and firms named after their owner (张记店, 王氏厂, 李司 in 购买方名称 columns).
    if companySuffixes.contains(last) { return false }
    let given = Array(scalars.dropFirst())
    return !titleScalars.contains { ScalarSearch.contains(given, $0) }
  }

  /// `chineseNonNames` and `placeholderNames` as scalars: hashing four scalars is far cheaper than hashing
  /// a non-ASCII `String` (which normalizes it first).
  private static let nonNameScalars = Set(chineseNonNames.union(placeholderNames).map { Array($0.unicodeScalars) })

  /// `chineseTitles` as scalars: compared without Foundation's string search (this runs for every name-like cell).
  private static let titleScalars = ScalarSearch.scalars(chineseTitles)

  static func isLatinName(_ value: String) -> Bool {
    let words = value.split(separator: " ")
    guard (2...3).contains(words.count), value.lowercased() != "hong kong" else { return false }
    return words.allSatisfy { word in
      word.split(separator: "-").allSatisfy { part in
        part.count >= 2 && part.first?.isUppercase == true && !latinStopWords.contains(part.lowercased())
      }
    }
  }
}
