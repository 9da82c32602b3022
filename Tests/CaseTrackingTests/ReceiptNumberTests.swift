import Testing
@testable import CaseTracking

/// What citizens type and scanners send, and what each must read as.
@Suite struct ReceiptNumberTests {
    static let valid: [(typed: String, reads: String)] = [
        ("000.00.12.H08-241127-0042", "000.00.12.H08-241127-0042"),
        ("000.00.12.h08-241127-0042", "000.00.12.H08-241127-0042"),
        ("  000.00.12.H08-241127-0042  ", "000.00.12.H08-241127-0042"),
        ("000.00.12.H08 241127 0042", "000.00.12.H08-241127-0042"),
        ("000 00 12 H08 241127 0042", "000.00.12.H08-241127-0042"),
        ("0000012H082411270042", "000.00.12.H08-241127-0042"),
        ("000.00.12.H08.241127.0042", "000.00.12.H08-241127-0042"),
        ("000-00-12-H08-241127-0042", "000.00.12.H08-241127-0042"),
        ("000..00.12..H08--241127--0042", "000.00.12.H08-241127-0042"),
        ("000.00.12.H08–241127–0042", "000.00.12.H08-241127-0042"),  // en dashes from a word processor
        ("000.00.12.H08—241127—0042", "000.00.12.H08-241127-0042"),  // em dashes
        ("000.00.12.H08_241127_0042", "000.00.12.H08-241127-0042"),
        ("０００.００.１２.Ｈ０８-２４１１２７-００４２", "000.00.12.H08-241127-0042"),  // full-width
        ("000．00．12．H08－241127－0042", "000.00.12.H08-241127-0042"),  // full-width dot and minus
        ("Mã hồ sơ: 000.00.12.H08-241127-0042", "000.00.12.H08-241127-0042"),
        ("Số hồ sơ 000.00.12.H08-241127-0042.", "000.00.12.H08-241127-0042"),
        ("(000.00.12.H08-241127-0042)", "000.00.12.H08-241127-0042"),
        ("#000.00.12.H08-241127-0042#", "000.00.12.H08-241127-0042"),
        ("https://dichvucong.binhduong.gov.vn/tra-cuu?mahoso=000.00.12.H08-241127-0042",
         "000.00.12.H08-241127-0042"),
        ("000.00.12.H08-241127-0042\r", "000.00.12.H08-241127-0042"),
        ("\t000.00.12.H08-241127-0042\n", "000.00.12.H08-241127-0042"),
        ("000.00.12 . H08 - 241127 - 0042", "000.00.12.H08-241127-0042"),
        ("000.17.22.H56-210531-0001", "000.17.22.H56-210531-0001"),
        ("000.00.06.H56-231027-0361", "000.00.06.H56-231027-0361"),
        ("000.00.53.h48-240229-9999", "000.00.53.H48-240229-9999"),  // a leap day
        ("HS 000.01.22.H08-261116-0101 ngày 16/11", "000.01.22.H08-261116-0101"),
        ("000.00.12.H08·241127·0042", "000.00.12.H08-241127-0042"),  // middle dots
        ("000.00.12.H08-241127-0042 0", "000.00.12.H08-241127-0042"),  // a stray key after a space
    ]

    static let invalid: [String] = [
        "", "   ", "0042", "241127-0042", "H08-241127-0042",
        "000.00.12.H08-241127", "000.00.12.H08-241127-004",  // sequence too short
        "000.00.12.H08-241127-00421",  // sequence too long
        "0000.00.12.H08-241127-0042",  // agency too long
        "00.00.12.H08-241127-0042",  // agency too short
        "000.00.12.H8-241127-0042",  // province needs two digits
        "000.00.12.X08-241127-0042",
        "000.00.12.H08-241327-0042",  // month 13
        "000.00.12.H08-230229-0042",  // not a leap year
        "000.00.12.H08-241131-0042",  // 31 November
        "000.00.12.H08-241127-0000",  // sequences start at 1
        "H08-241127-0042 000.00.12",  // parts in the wrong order
        "1.001193.000.00.00.H08",  // a procedure code, not a receipt
        "074090001234",  // an ID number
        "khai sinh",
    ]

    @Test(arguments: valid)
    func readsWhatCitizensType(typed: String, reads: String) {
        #expect(ReceiptNumber(parsing: typed)?.description == reads, "\(typed.debugDescription)")
    }

    @Test(arguments: invalid)
    func refusesWhatIsNotAReceiptNumber(typed: String) {
        #expect(ReceiptNumber(parsing: typed) == nil, "\(typed.debugDescription)")
    }

    @Test func theTableIsLargeEnough() {
        #expect(Self.valid.count + Self.invalid.count >= 30)
    }

    @Test func partsAndMasking() throws {
        let number = try #require(ReceiptNumber(parsing: "000.00.12.H08-241127-0042"))
        #expect(number.agency == "000.00.12.H08")
        #expect(number.day == "241127")
        #expect(number.sequence == 42)
        #expect(number.masked == "000.00.12.H08-24****-**42")
        #expect(!number.masked.contains("241127"))
    }
}
