import Testing
@testable import XBorderRules

@Suite("Landline, HK/MO/TW and international phone numbers")
struct PhoneValidatorTests {
  @Test(arguments: [
    ("01065529988", "Beijing 010 + 8 digits"), ("02161234567", "Shanghai 021"), ("075586001234", "Shenzhen 0755"),
    ("05718762145", "Hangzhou 0571 + 7 digits"), ("8675586001234", "+86 without trunk 0"),
    ("00862961234567", "0086 Xi'an 029"), ("089836543210", "Haikou 0898"), ("09912847361", "Urumqi 0991 + 7"),
  ])
  func landlineAccepted(number: String, why: String) {
    #expect(ChineseLandlineValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: [
    ("02661234567", "026 is unused"), ("0106552998", "2-digit area with 7 digits"),
    ("010655299881", "2-digit area with 9 digits"), ("04001234567", "400 service number"),
    ("08001234567", "800 toll-free"), ("075516001234", "local number starting 1"),
    ("075596001234", "local number starting 9"), ("13912348765", "a mobile number"),
    ("0755123456789", "too long"), ("075500000000", "placeholder local number"), ("0011065529988", "00 + 1"),
    ("01265529988", "012 is no area code"),
  ])
  func landlineRejected(number: String, why: String) {
    #expect(!ChineseLandlineValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: [
    ("85291234567", "HK mobile"), ("85221234876", "HK fixed"), ("0085261234567", "00852 HK mobile"),
    ("85366123456", "Macao mobile"), ("85328123456", "Macao fixed"), ("886912345670", "Taiwan mobile"),
    ("886223456789", "Taipei fixed"), ("88672345678", "Kaohsiung fixed 7+1"), ("0912345670", "Taiwan domestic mobile"),
  ])
  func regionalAccepted(number: String, why: String) {
    #expect(RegionalPhoneValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: [
    ("85281234567", "HK 8xxx"), ("8529123456", "HK 7 digits"), ("85316123456", "Macao 1"),
    ("88691234567", "Taiwan mobile 8 digits"), ("886123456789", "Taiwan 1"), ("8613912348765", "mainland"),
    ("0812345670", "08 is not a Taiwan mobile"), ("85299999999", "placeholder"),
  ])
  func regionalRejected(number: String, why: String) {
    #expect(!RegionalPhoneValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: [
    ("442079460958", "UK"), ("12025550143", "NANP"), ("4930901820", "Germany"), ("81312345678", "Japan"),
    ("6561234567", "Singapore"), ("33142685300", "France"), ("971501234567", "UAE (3-digit code)"),
    ("79161234567", "Russia"),
  ])
  func internationalAccepted(number: String, why: String) {
    #expect(InternationalPhoneValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: [
    ("8613912348765", "+86: the mobile rule"), ("85291234567", "+852: the regional rule"),
    ("886912345670", "+886"), ("12025550143123", "NANP too long"), ("11025550143", "NANP area code 1xx"),
    ("12021550143", "NANP exchange 1xx"), ("2891234567", "+28x is spare"), ("4412345", "too short"),
    ("4412345678901234", "16 digits"), ("440207946095", "national number starting 0"), ("7916123456", "Russia 9"),
    ("441111111111", "placeholder"),
  ])
  func internationalRejected(number: String, why: String) {
    #expect(!InternationalPhoneValidator.isValid(number), "\(number): \(why)")
  }

  @Test func callingCodesArePrefixFree() {
    #expect(CallingCodes.countryCode(of: "12025550143") == "1")
    #expect(CallingCodes.countryCode(of: "442079460958") == "44")
    #expect(CallingCodes.countryCode(of: "971501234567") == "971")
    #expect(CallingCodes.countryCode(of: "2891234567") == nil)
    for code in CallingCodes.twoDigit { #expect(!CallingCodes.oneDigit.contains(String(code.prefix(1)))) }
    for code in CallingCodes.threeDigit { #expect(!CallingCodes.twoDigit.contains(String(code.prefix(2))), "\(code)") }
  }
}

@Suite("IP addresses, IMEI and MAC")
struct NetworkValidatorTests {
  @Test(arguments: ["223.5.5.5", "114.114.114.114", "8.8.8.8", "1.1.1.1", "1.2.3.4", "100.63.255.254",
    "100.128.0.1", "172.15.255.254", "172.32.0.1", "192.169.0.1", "198.20.0.1", "203.0.114.1", "223.255.255.254"])
  func ipv4Public(address: String) {
    #expect(IPv4AddressValidator.isValid(address), "\(address)")
  }

  @Test(arguments: [
    ("10.0.0.1", "private"), ("172.16.0.1", "private"), ("172.31.255.254", "private"), ("192.168.1.10", "private"),
    ("100.64.0.1", "CGNAT"), ("100.127.255.254", "CGNAT"), ("127.0.0.1", "loopback"), ("169.254.1.1", "link-local"),
    ("0.0.0.0", "this network"), ("192.0.2.10", "documentation"), ("198.51.100.7", "documentation"),
    ("203.0.113.9", "documentation"), ("198.18.0.1", "benchmarking"), ("224.0.0.251", "multicast"),
    ("255.255.255.255", "broadcast"), ("240.0.0.1", "reserved"), ("192.0.0.8", "IETF protocol"),
    ("256.1.1.1", "octet > 255"), ("01.02.03.04", "leading zeros"), ("1.2.3", "three octets"),
    ("1.2.3.4.5", "five octets"), ("4.0.0.0", "network address / version"), ("36.112.45.255", "broadcast of a /24"),
    ("1.2..4", "empty octet"), (".1.2.3", "leading dot"), ("1.2.3.", "trailing dot"), ("1.2.3.4444", "four digits"),
    ("8.8.8.08", "leading zero in the last octet"), ("8.8.8.a", "a letter"), ("", "empty"),
  ])
  func ipv4NotReported(address: String, why: String) {
    #expect(!IPv4AddressValidator.isValid(address), "\(address): \(why)")
  }

  @Test(arguments: ["2400:3200::1", "2001:4860:4860::8888", "2606:4700:4700::1111", "240c::6666",
    "2408:8000:1010:1::8", "2001:0db9::1", "2a00:1450:4001:82a::200e", "2409:8a1e:6c10:3a90:1c2b:4d5e:6f70:8192",
    "2400:3200::"])
  func ipv6Public(address: String) {
    #expect(IPv6AddressValidator.parse(address)?.count == 8, "\(address)")
    #expect(IPv6AddressValidator.isValid(address), "\(address)")
  }

  @Test(arguments: [
    ("::1", "loopback"), ("::", "unspecified"), ("fe80::1c2b:4d5e:6f70:8192", "link-local"),
    ("fd12:3456:789a::1", "unique local"), ("ff02::1", "multicast"), ("2001:db8::1", "documentation"),
    ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "documentation"), ("3fff:1234::1", "documentation (RFC 9637)"),
    ("2001:2:0:1::1", "benchmarking"), ("10:22:31", "a time"), ("00:1a:2b:3c:4d:5e", "a MAC address"),
    ("2400:3200::1::2", "two ::"), ("2400:3200:0:0:0:0:0:0:1", "nine groups"), ("2400:32000::1", "5-digit group"),
    ("64:ff9b::c000:221", "NAT64"), ("2025:00:00:00", "a clock time after a year"),
    ("2400:3200:0:0:0:0:1", "seven groups without ::"), ("2400:::1", "three colons"),
  ])
  func ipv6NotReported(address: String, why: String) {
    #expect(!IPv6AddressValidator.isValid(address), "\(address): \(why)")
  }

  @Test(arguments: ["490154203237518", "352099001761481", "356938035643809", "862104052189138"])
  func imeiAccepted(imei: String) {
    #expect(IMEIValidator.isValid(imei), "\(imei)")
  }

  @Test(arguments: [
    ("490154203237519", "wrong Luhn digit"), ("49015420323751", "14 digits"), ("3520990017614812", "IMEISV, 16"),
    ("000000000000000", "repeated digit"), ("35209900176148A", "letter"),
  ])
  func imeiRejected(imei: String, why: String) {
    #expect(!IMEIValidator.isValid(imei), "\(imei): \(why)")
  }

  @Test(arguments: ["3C22FB1A2B3C", "F0D5BF7A9C12", "0050569A4B2C", "DA7E3F1C2B90", "A4C3F09B7E21"])
  func macAccepted(mac: String) {
    #expect(MACAddressValidator.isValid(mac), "\(mac)")
  }

  @Test(arguments: [
    ("000000000000", "all zero"), ("FFFFFFFFFFFF", "broadcast"), ("01005E0000FB", "multicast bit"),
    ("333300000001", "IPv6 multicast"), ("001122334455", "placeholder"), ("AABBCCDDEEFF", "placeholder"),
    ("0123456789AB", "counting placeholder"), ("3C22FB1A2B3", "11 digits"), ("3C22FB1A2B3G", "not hex"),
  ])
  func macRejected(mac: String, why: String) {
    #expect(!MACAddressValidator.isValid(mac), "\(mac): \(why)")
  }
}

@Suite("Coordinates, plates, addresses and names")
struct LocationNameValidatorTests {
  @Test(arguments: [
    "22.543096,114.057865", "22.5431, 114.0579", "114.057865,22.543096", "-33.8688,151.2093",
    "39.9087,116.3975", "lat=22.543, lng=114.058", "\"lat\": 22.5431, \"lng\": 114.0579", "40.7128, -74.0060",
  ])
  func geoAccepted(value: String) {
    #expect(GeoPairValidator.isValid(value), "\(value)")
  }

  @Test(arguments: [
    ("22.54,114.06", "city level, 2 decimals"), ("22.543,114.058", "3 decimals without a label"),
    ("lat=22.54, lng=114.06", "labelled, 2 decimals"), ("95.1234,200.5678", "out of range"),
    ("0.0000,0.0000", "null island"), ("199.0000,88.0000", "prices"), ("22.5431", "one number"),
    ("1.2.3.4", "a version"),
  ])
  func geoRejected(value: String, why: String) {
    #expect(!GeoPairValidator.isValid(value), "\(value): \(why)")
  }

  @Test(arguments: ["粤B12345", "京A8K2P3", "沪AD12345", "粤BFA1234", "苏E12345D", "浙A1234学", "粤Z1234港",
    "川A5Q3X2", "京O12345"])
  func plateAccepted(plate: String) {
    #expect(LicensePlateValidator.isValid(plate), "\(plate)")
  }

  @Test(arguments: [
    ("粤BABCDE", "no digits"), ("粤BAB1CD", "one digit"), ("粤B1234I", "I in the serial"), ("粤B12O45", "O"),
    ("粤I12345", "authority I"), ("广B12345", "广 is no province abbreviation"), ("粤B1234", "6 characters"),
    ("沪AA12345", "new-energy without D/F"), ("沪A123456", "8 digits"), ("粤b12345", "lower case"),
  ])
  func plateRejected(plate: String, why: String) {
    #expect(!LicensePlateValidator.isValid(plate), "\(plate): \(why)")
  }

  @Test func addressPlaceholders() {
    #expect(ChineseAddressValidator.isValid("广东省深圳市南山区科技园路1号"))
    #expect(!ChineseAddressValidator.isValid("广东省某市某区某某路1号"))
    #expect(!ChineseAddressValidator.isValid("XX省XX市XX区XX路1号"))
    #expect(!ChineseAddressValidator.isValid("北京市测试区测试路1号"))
    #expect(!ChineseAddressValidator.isValid("北京市朝阳区路1号"[...].prefix(5).description))
  }

  @Test(arguments: ["张伟", "王芳", "欧阳娜娜", "司马光明", "李小龙", "Wang Fang", "Li Na", "ZHANG WEI",
    "Mary-Jane Watson", "Maria Garcia Lopez", "Hong Wei", "Chloe White", "Lukas Green"])
  func nameAccepted(name: String) {
    #expect(PersonNameValidator.isValid(name), "\(name)")
  }

  @Test(arguments: [
    ("张三", "placeholder"), ("李四", "placeholder"), ("王先生", "title"), ("李女士", "title"), ("张某", "anonymised"),
    ("王某某", "anonymised"), ("黄色", "colour"), ("John Doe", "placeholder"), ("Test User", "placeholder"),
    ("Apple Watch", "product"), ("Hong Kong", "place"), ("Wang", "one word"), ("A B", "initials"),
    ("Gift Card Pro Max", "four words"), ("钱七", "numbered placeholder"), ("吴十", "numbered placeholder"),
    ("金额", "column header"), ("苏州", "city"), ("Unit Price", "column header"),
    ("张记店", "a shop"), ("王氏厂", "a workshop"), ("王二", "numbered placeholder"),
  ])
  func nameRejected(name: String, why: String) {
    #expect(!PersonNameValidator.isValid(name), "\(name): \(why)")
  }
}
