import Foundation
import Testing
@testable import ProcedureCatalog

private let birth = "1.001193.000.00.00.H08"

@Suite("Search on the shipped catalog")
struct SearchTests {
    @Test("word prefixes as the citizen types, without diacritics",
          arguments: ["d", "dang", "dang ky", "dang ky kh", "dang ky khai s", "dang ky khai sinh"])
    func typingWithoutDiacritics(query: String) {
        let results = ShippedCatalog.search(query, limit: 20)
        #expect(results.contains(birth), "\(query)")
    }

    @Test("the finished query ranks birth registration first",
          arguments: ["dang ky kh", "đăng ký khai sinh", "ĐĂNG KÝ KHAI SINH", "khai sinh dang ky", "Dang Ky Khai Sinh"])
    func birthFirst(query: String) {
        #expect(ShippedCatalog.search(query).first == birth, "\(query)")
    }

    @Test("NFD input finds what NFC finds")
    func nfdInput() {
        let query = "đăng ký khai sinh".decomposedStringWithCanonicalMapping
        #expect(query.unicodeScalars.count > "đăng ký khai sinh".unicodeScalars.count)
        #expect(ShippedCatalog.search(query).first == birth)
    }

    @Test("one typo in each word of 4 or more letters",
          arguments: ["khai sihn", "dang ky khia sinh", "birth regstration", "brith registration", "dang ky khai sinhh"])
    func typos(query: String) {
        #expect(ShippedCatalog.search(query).prefix(3).contains(birth), "\(query)")
    }

    @Test("typos are not tolerated in words under 4 letters")
    func shortWordsExact() {
        // "ky" → "kz" is one edit but the word is too short to guess.
        #expect(ShippedCatalog.search("dang kz khai sinh").isEmpty)
    }

    @Test("Telex-style typing", arguments: ["ddawng kys khai sinh", "ddang kys khai sinh"])
    func telex(query: String) {
        #expect(ShippedCatalog.search(query).first == birth, "\(query)")
    }

    @Test("i and y spell the same syllable: either finds the other, and is highlighted",
          arguments: ["dang ki khai sinh", "đăng kí khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH"])
    func iOrY(query: String) {
        #expect(ShippedCatalog.search(query).first == birth, "\(query)")
        let name = "Đăng ký khai sinh"
        #expect(ShippedCatalog.index.matchedRanges(in: name, query: query).map { String(name[$0]) }
                == ["Đăng", "ký", "khai", "sinh"], "\(query)")
    }

    @Test("typing a name letter by letter never empties the results on the way",
          arguments: ["cấp giấy chứng nhận quyền sử dụng đất", "quy định", "lý lịch tư pháp", "đăng ký kết hôn"])
    func everyKeystroke(name: String) {
        for length in 1 ... name.count {
            let prefix = String(name.prefix(length))
            #expect(!ShippedCatalog.search(prefix).isEmpty, "“\(prefix)” found nothing")
        }
    }

    @Test("English words find English names")
    func english() {
        #expect(ShippedCatalog.search("birth registration").first == birth)
        #expect(ShippedCatalog.search("passport").first == "1.001456.000.00.00.H08")
        #expect(ShippedCatalog.search("criminal record").first == "2.000488.000.00.00.H08")
    }

    @Test("the full code, its national part, or its digits find the procedure",
          arguments: ["1.001193.000.00.00.H08", "1.001193.000.00.00.h08", "1.001193", "001193", "1001193"])
    func code(query: String) {
        #expect(ShippedCatalog.search(query).first == birth, "\(query)")
    }

    @Test("a code prefix narrows as it is typed")
    func codePrefix() {
        let results = ShippedCatalog.search("1.0011", limit: 50)
        #expect(results.contains(birth))
        #expect(results.allSatisfy { $0.hasPrefix("1.0011") })
    }

    @Test("digits are codes: no typo tolerance on them")
    func digitsExact() {
        #expect(ShippedCatalog.search("001193") == [birth])
    }

    @Test("the name outranks keywords")
    func nameOverKeywords() {
        // "giấy khai sinh" is a keyword of birth registration but in the name of the copy procedure.
        let results = ShippedCatalog.search("giay khai sinh")
        #expect(results.first == "2.000635.000.00.00.H08")
        #expect(results.contains(birth))
    }

    @Test("whole words outrank word starts, which outrank infixes")
    func wholeWordsFirst() {
        let index = ShippedCatalog.index
        let catalog = ShippedCatalog.catalog
        let hits = index.search("con", limit: 40)
        let names = hits.map { VietnameseFolding.words(catalog.procedures[$0.procedure].name.vi) }
        // Results with the whole word "con" come before any with only "cong", "cong an"...
        let firstPartial = names.firstIndex { !$0.contains("con") } ?? names.count
        #expect(firstPartial > 0)
        #expect(names[firstPartial...].allSatisfy { !$0.contains("con") })
    }

    @Test("popularity breaks ties among equal matches")
    func popularity() {
        let hits = ShippedCatalog.index.search("chung thuc", limit: 10)
        let catalog = ShippedCatalog.catalog
        let top = hits.prefix(3).map { catalog.procedures[$0.procedure] }
        #expect(top.first?.code.description == "2.000815.000.00.00.H08")  // certified copies: the most used
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
    }

    @Test("no match, empty and blank queries give no results", arguments: ["xyzqwv", "", "   ", "!!!"])
    func nothing(query: String) {
        #expect(ShippedCatalog.search(query).isEmpty)
    }

    @Test("matched words are found for highlighting")
    func highlight() {
        let name = "Đăng ký khai sinh"
        let ranges = ShippedCatalog.index.matchedRanges(in: name, query: "dang kh")
        #expect(ranges.map { String(name[$0]) } == ["Đăng", "khai"])
    }
}
