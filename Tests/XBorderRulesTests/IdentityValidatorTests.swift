import Testing
@testable import XBorderRules

/// Published test vectors (reference §3.11–3.19) and synthetic values with computed check characters.
@Suite("Hong Kong and Taiwan IDs, SSNs")
struct RegionalIDValidatorTests {
  @Test(arguments: [
    "A1234563",  // A123456(3), the published vector
    "G123456A",  // single letter, check A (reference)
    "AB9876543",  // two letters (reference)
    "C6686689", "Z683365A", "XA120734A", "WX0395127", "K5037425",
  ])
  func hongKongAccepted(id: String) {
    #expect(HongKongIDValidator.isValid(id), "\(id)")
  }

  @Test(arguments: [
    ("A1234564", "wrong check digit"), ("A123456B", "check letter other than A"), ("G1234560", "should be A"),
    ("AB9876540", "wrong check digit"), ("A123456", "no check character"), ("ABC1234563", "three letters"),
    ("11234563", "no letter"), ("a1234563", "not normalized"), ("", "empty"),
  ])
  func hongKongRejected(id: String, why: String) {
    #expect(!HongKongIDValidator.isValid(id), "\(id): \(why)")
  }

  @Test(arguments: [
    "A123456789",  // published vector
    "F128735066", "K240193684", "B287310490", "A804193725", "E930615289",
    "O158203744", "W250384616", "Z108629474", "I275301688",  // the irregular letters O, W, Z, I
  ])
  func taiwanAccepted(id: String) {
    #expect(TaiwanIDValidator.isValid(id), "\(id)")
  }

  @Test(arguments: [
    ("A123456788", "published invalid vector"), ("F128735067", "wrong check digit"),
    ("A323456789", "second character must be 1, 2, 8 or 9"), ("1123456789", "no letter"),
    ("A12345678", "9 characters"), ("A1234567890", "11 characters"), ("a123456789", "not normalized"),
  ])
  func taiwanRejected(id: String, why: String) {
    #expect(!TaiwanIDValidator.isValid(id), "\(id): \(why)")
  }

  @Test(arguments: ["536902741", "001010001", "665121234", "667121234", "899999999", "772480165"])
  func ssnAccepted(ssn: String) {
    #expect(SocialSecurityNumberValidator.isValid(ssn), "\(ssn)")
  }

  @Test(arguments: [
    ("000121234", "area 000"), ("666121234", "area 666"), ("900121234", "area 9xx (ITIN)"),
    ("999121234", "area 9xx"), ("536002741", "group 00"), ("536900000", "serial 0000"),
    ("078051120", "Woolworth wallet card"), ("219099999", "publicity number"), ("457555462", "publicity number"),
    ("53690274", "8 digits"), ("5369027411", "10 digits"), ("536-90-2741", "not normalized"),
  ])
  func ssnRejected(ssn: String, why: String) {
    #expect(!SocialSecurityNumberValidator.isValid(ssn), "\(ssn): \(why)")
  }

  @Test func ssnPlaceholdersAreLeftToNotRepetitive() {
    #expect(SocialSecurityNumberValidator.isValid("123456789"))
    #expect(!RepetitionFilter.isVaried("123456789"))
  }
}

@Suite("IBAN")
struct IBANValidatorTests {
  @Test(arguments: [
    "GB82WEST12345698765432", "DE89370400440532013000",  // published vectors
    "GB29NWBK60161331926819", "FR1420041010050500013M02606", "NL91ABNA0417164300", "ES9121000418450200051332",
    "IT60X0542811101000000123456", "CH9300762011623852957", "BE68539007547034", "NO9386011117947",
    "MT84MALT011000012345MTLCAST001S", "BR9700360305000010009795493P1", "SA0380000000608010167519",
  ])
  func accepted(iban: String) {
    #expect(IBANValidator.isValid(iban), "\(iban)")
  }

  @Test(arguments: [
    ("GB82WEST12345698765433", "wrong check (mod 97)"), ("GB28WEST12345698765432", "wrong check digits"),
    ("DE8937040044053201300", "21 characters for DE (22)"), ("GB82WEST1234569876543", "21 characters for GB"),
    ("XK051212012345678906", "Kosovo: valid MOD 97 but not in the reference table"),
    ("CN12345678901234567890", "China does not use IBAN"), ("gb82west12345698765432", "not normalized"),
    ("GB00WEST12345698765432", "check digits 00"), ("", "empty"),
  ])
  func rejected(iban: String, why: String) {
    #expect(!IBANValidator.isValid(iban), "\(iban): \(why)")
  }

  @Test func mod97OfTheRearrangedNumberIsOne() {
    #expect(IBANValidator.mod97(Array("WEST12345698765432GB82".utf8)) == 1)
    #expect(IBANValidator.lengths.count == 40)
  }
}

@Suite("Unified Social Credit Code")
struct USCCValidatorTests {
  @Test(arguments: [
    "91110000600037341L",  // python-stdnum doctest (reference §3.11)
    "9144030071526726XG", "91310115687367422G", "92110108572901437M", "51110000500001640Q",
    "12110000400000456F", "Y13301025193642064", "913301067045138591",
  ])
  func accepted(code: String) {
    #expect(USCCValidator.isValid(code), "\(code)")
  }

  @Test(arguments: [
    ("91110000600037341M", "wrong MOD 31 check"), ("91110000600037342L", "wrong inner organisation-code check"),
    ("81110000600037341L", "authority 8 not documented"), ("94110000600037341L", "type 4 not used"),
    ("91990000600037341L", "division 99 is no province"), ("9111000060003734IL", "I is not in the alphabet"),
    ("91110000600037341", "17 characters"), ("202406150930000101", "order number"),
    ("11010519491231002X", "resident ID"), ("", "empty"),
  ])
  func rejected(code: String, why: String) {
    #expect(!USCCValidator.isValid(code), "\(code): \(why)")
  }

  @Test func organisationCheckCharacter() {
    #expect(USCCValidator.organisationCheck(Array("60003734".utf8)[...]) == UInt8(ascii: "1"))
  }
}

@Suite("Passports, MRZ and travel permits")
struct TravelDocumentValidatorTests {
  @Test func icaoSpecimenCheckDigit() {
    #expect(MRZValidator.checkDigit("L898902C3") == 6)
    #expect(MRZValidator.checkDigit("740812") == 2)
    #expect(MRZValidator.checkDigit("120415") == 9)
    #expect(MRZValidator.checkDigit("L898902C?") == nil)
  }

  @Test(arguments: [
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",  // ICAO 9303 specimen
    "E204917733CHN9003071M3303067<<<<<<<<<<<<<<<4", "EA20491776CHN8512316F3212301<<<<<<<<<<<<<<<2",
    "1234567897USA8001014F3001019<<<<<<<<<<<<<<<8", "C01X00T478D<<6408125F2701013<<<<<<<<<<<<<<<8",
    "G204917737CHN7806153M2606141LAKCLKLMNOPQ<<96", "98X1234565GBR0102030X3102031AB123456C<<<<<62",
    "P1234567<1CHN7001017<2501017<<<<<<<<<<<<<<<8",
  ])
  func mrzAccepted(line: String) {
    #expect(MRZValidator.isValid(line), "\(line)")
  }

  @Test(arguments: [
    ("L898902C37UTO7408122F1204159ZE184226B<<<<<10", "wrong document-number check"),
    ("L898902C36UTO7408123F1204159ZE184226B<<<<<10", "wrong birth-date check"),
    ("L898902C36UTO7408122F1204158ZE184226B<<<<<10", "wrong expiry check"),
    ("L898902C36UTO7408122F1204159ZE184226B<<<<<11", "wrong composite check"),
    ("L898902C36UTO7408122F1204159ZE184226B<<<<<20", "wrong personal-number check"),
    ("E204917733CHN9013071M3303067<<<<<<<<<<<<<<<4", "month 13"),
    ("E204917733CHN9003071Q3303067<<<<<<<<<<<<<<<4", "sex Q"),
    ("L898902C36UTO7408122F1204159ZE184226B<<<<<1", "43 characters"),
    ("l898902c36uto7408122f1204159ze184226b<<<<<10", "lower case"),
  ])
  func mrzRejected(line: String, why: String) {
    #expect(!MRZValidator.isValid(line), "\(why)")
  }

  @Test(arguments: ["E20491773", "EA2049177", "EH7315024", "G20491773", "D2049177", "S2049177", "S20491773",
    "P2049177", "DE2049177", "SE2049177", "PE2049177"])
  func chinesePassportAccepted(number: String) {
    #expect(ChinesePassportValidator.isValid(number), "\(number)")
  }

  @Test(arguments: [
    ("EI2049177", "I is not used"), ("EO2049177", "O is not used"), ("E2049177", "E + 7 digits"),
    ("G2049177", "G + 7 digits"), ("E12345678", "plain run"), ("E00000000", "repeated digit"),
    ("K20491773", "K is not a PRC prefix"), ("GE2049177", "GE is no format"), ("E2049177A", "letter at the end"),
  ])
  func chinesePassportRejected(number: String, why: String) {
    #expect(!ChinesePassportValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: ["C01X00T47", "TK4817203", "98X123456", "531820476", "X7354021", "AB1274903"])
  func otherPassportAccepted(number: String) {
    #expect(PassportNumberValidator.isValid(number), "\(number)")
  }

  @Test(arguments: [
    ("E20491773", "PRC format: the PRC rule reports it"), ("12345", "5 characters"), ("1234567890", "10 characters"),
    ("ABCDEFGH", "no digit"), ("123456789", "plain run"), ("A1A1A1A1", "two symbols"), ("AB-12345", "dash"),
  ])
  func otherPassportRejected(number: String, why: String) {
    #expect(!PassportNumberValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: ["H20491773", "M20491773", "H2049177300", "C20491773", "CA2049177", "W20491773", "L20491773",
    "02049177", "83712054"])
  func travelPermitAccepted(number: String) {
    #expect(TravelPermitValidator.isValid(number), "\(number)")
  }

  @Test(arguments: [
    ("H2049177", "H + 7 digits"), ("H204917730", "H + 9 digits"), ("CI2049177", "I is not used"),
    ("E20491773", "a passport"), ("20240615", "a date"), ("19900101", "a date"), ("12345678", "plain run"),
    ("H00000000", "repeated digit"), ("2049177", "7 digits"),
  ])
  func travelPermitRejected(number: String, why: String) {
    #expect(!TravelPermitValidator.isValid(number), "\(number): \(why)")
  }
}
