import Testing
import XBorderCore

@Suite struct ValueMaskerTests {
  @Test(arguments: [
    ("11010519491231002X", Entity.cnResidentId, "110***********002X"),
    ("13812345678", .cnMobile, "138******78"),
    ("+86 138-1234-5678", .cnMobile, "+86 1**-****-**78"),
    ("6222 0212 3456 7890", .paymentCard, "622* **** **** 7890"),
    ("zhang.san@example.com", .email, "z***@example.com"),
    ("a@example.com", .email, "*@example.com"),
    ("张三", .personName, "**"),
    ("s3.us-east-1.amazonaws.com", .foreignDestination, "s3.us-east-1.amazonaws.com"),
  ])
  func masks(value: String, entity: Entity, expected: String) {
    #expect(ValueMasker.mask(value, entity: entity) == expected)
  }

  @Test func neverReturnsAPersonalValueUnchanged() {
    for value in ["1", "12", "123", "1234", "1234567", "12345678901", "123456789012345678"] {
      #expect(ValueMasker.mask(value, entity: .cnResidentId) != value)
    }
  }
}
