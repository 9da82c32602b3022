import ProcedureCatalog
import Testing
@testable import KioskSpeech

/// What a listener hears: numbers in words the way people say them, codes spelled, no digit left.
@Suite struct SpokenTextTests {
    @Test(arguments: [
        (0, "không"), (1, "một"), (5, "năm"), (10, "mười"), (11, "mười một"), (15, "mười lăm"), (20, "hai mươi"),
        (21, "hai mươi mốt"), (24, "hai mươi tư"), (25, "hai mươi lăm"), (55, "năm mươi lăm"), (100, "một trăm"),
        (101, "một trăm linh một"), (105, "một trăm linh năm"), (110, "một trăm mười"), (115, "một trăm mười lăm"),
        (1_000, "một nghìn"), (1_005, "một nghìn không trăm linh năm"), (2_026, "hai nghìn không trăm hai mươi sáu"),
        (200_000, "hai trăm nghìn"), (1_500_000, "một triệu năm trăm nghìn"),
        (2_000_050, "hai triệu không trăm năm mươi"), (1_000_000_005, "một tỷ không trăm linh năm"),
        (2_500_000_000, "hai tỷ năm trăm triệu"),
    ])
    func vietnameseNumbers(value: Int, words: String) {
        #expect(SpokenNumber.cardinal(value, .vi) == words)
    }

    @Test(arguments: [
        (0, "zero"), (13, "thirteen"), (21, "twenty-one"), (105, "one hundred five"), (2_026, "two thousand twenty-six"),
        (200_000, "two hundred thousand"), (1_500_000, "one million five hundred thousand"),
    ])
    func englishNumbers(value: Int, words: String) {
        #expect(SpokenNumber.cardinal(value, .en) == words)
    }

    @Test func amountsWithTheirCurrency() {
        #expect(SpokenText.words("Lệ phí: 200.000 đ/cuốn.", .vi) == "Lệ phí: hai trăm nghìn đồng mỗi cuốn.")
        #expect(SpokenText.words("Fee: 200,000 đ per copy", .en) == "Fee: two hundred thousand dong per copy")
        #expect(SpokenText.words("50.000 đồng", .vi) == "năm mươi nghìn đồng")
    }

    @Test func codesAndReceiptNumbersAreSpelled() {
        #expect(SpokenText.words("Mã 1.001234", .vi) == "Mã một chấm không không một hai ba bốn")
        #expect(SpokenText.words("000.00.12.H08-241127-0042", .vi)
            == "không không không chấm không không chấm một hai chấm hát không tám gạch ngang hai bốn một một hai bảy gạch ngang không không bốn hai")
        #expect(SpokenText.words("Hotline 1022", .en) == "Hotline one zero two two", "a phone number digit by digit")
        #expect(SpokenText.spelled("0042", .en) == "zero zero four two")
        #expect(SpokenText.words("F9, F10", .vi) == "ép chín, ép mười", "keys as said on a keyboard")
        #expect(SpokenText.words("Press F10", .en) == "Press F ten")
    }

    @Test func datesTimesAndYears() {
        #expect(SpokenText.words("hẹn trả 10/12/2026", .vi) == "hẹn trả ngày mười tháng mười hai năm hai nghìn không trăm hai mươi sáu")
        #expect(SpokenText.words("due 10/12/2026", .en) == "due December tenth, two thousand twenty-six")
        #expect(SpokenText.words("lúc 14:05", .vi) == "lúc mười bốn giờ năm phút")
        #expect(SpokenText.words("at 14:05", .en) == "at two oh five p.m.")
        #expect(SpokenText.words("năm 2026", .vi) == "năm hai nghìn không trăm hai mươi sáu", "a year is a number")
        #expect(SpokenText.words("8 ngày làm việc, 95% hài lòng, 1,5 giờ", .vi)
            == "tám ngày làm việc, chín mươi lăm phần trăm hài lòng, một phẩy năm giờ")
    }

    @Test func abbreviationsInFull() {
        #expect(SpokenText.words("Nộp tại UBND cấp xã, mang CCCD.", .vi)
            == "Nộp tại Ủy ban nhân dân cấp xã, mang căn cước công dân.")
        #expect(SpokenText.words("12 TTHC", .vi) == "mười hai thủ tục hành chính")
    }

    @Test func nothingSpokenHoldsADigit() {
        let texts = ["2.645 thủ tục (trang 3/12)", "Số A15 → quầy 3", "v0.13.0", "₫1.234.567", "x²", "١٢٣", "3-4 ngày"]
        for text in texts {
            for language in Language.allCases {
                let spoken = SpokenText.words(text, language)
                #expect(!spoken.contains { $0.isNumber }, "\(text) → \(spoken)")
            }
        }
    }
}
