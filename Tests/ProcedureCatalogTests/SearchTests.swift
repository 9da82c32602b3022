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

    @Test("typos are not tolerated in words under 4 letters: the word is left out, and the result says so")
    func shortWordsExact() {
        // "ky" → "kz" is one edit but the word is too short to guess: the results are for the other words.
        let found = ShippedCatalog.index.find("dang kz khai sinh", limit: 10)
        #expect(found.ignoredWords == [1])
        #expect(found.hits.first.map { ShippedCatalog.catalog.procedures[$0.procedure].code.description } == birth)
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
        // "hộ tịch" is a keyword of birth registration, and in the names of others.
        let results = ShippedCatalog.search("ho tich", limit: 100)
        let names = results.compactMap { code in ShippedCatalog.catalog.procedures.first { $0.code.description == code }?.name.vi }
        #expect(names.first?.lowercased().contains("hộ tịch") == true)
        #expect(results.contains(birth) && results.first != birth)
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

    @Test("among equal matches a name beginning with what was typed comes first, before popularity",
          arguments: [("cap lai giay phep lai", "Cấp lại giấy phép lái xe"),
                      ("cap lai giay chung nhan dang ky t", "Cấp lại Giấy chứng nhận đăng ký tàu biển"),
                      ("giay phep lai xe quoc", "Cấp giấy phép lái xe quốc tế")])
    func nameBeginningFirst(query: String, first: String) {
        let hits = ShippedCatalog.index.search(query, limit: 500)
        #expect(ShippedCatalog.catalog.procedures[hits[0].procedure].name.vi == first)
        // "Đổi giấy phép lái xe …" is more popular and holds every word too: popularity comes after.
        if query == "cap lai giay phep lai" {
            let procedures = hits.map { ShippedCatalog.catalog.procedures[$0.procedure] }
            let exchange = procedures.firstIndex { $0.name.vi.hasPrefix("Đổi giấy phép lái xe do ngành") }
            #expect(exchange.map { $0 > 0 && procedures[$0].popularity > procedures[0].popularity } == true)
        }
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
    }

    @Test("of names matching alike and equally popular, the shorter comes first")
    func shorterNamesFirst() {
        let hits = ShippedCatalog.index.search("dang ky tau bien", limit: 500)
        let procedures = hits.map { ShippedCatalog.catalog.procedures[$0.procedure] }
        #expect(procedures.first?.name.vi == "Đăng ký tàu biển loại nhỏ")
        // Within each run of equal match scores and popularity, names do not get longer (in steps of 3 words).
        let priorScale = SearchIndex.priorScale
        for (a, b) in zip(zip(hits, procedures), zip(hits, procedures).dropFirst())
        where a.0.score / priorScale == b.0.score / priorScale && a.1.popularity == b.1.popularity {
            #expect(a.1.searchPrior >= b.1.searchPrior, "\(a.1.name.vi) / \(b.1.name.vi)")
        }
    }

    @Test("a word few procedures hold counts more than one most hold")
    func rareWordsWeighMore() {
        #expect(QueryWordMatches.weight(holding: 1_000, of: 2_000) == 2)
        #expect(QueryWordMatches.weight(holding: 100, of: 2_000) == 4)
        #expect(QueryWordMatches.weight(holding: 1, of: 2_000) == 6)
        let counts = [2_000, 1_500, 800, 300, 90, 20, 5, 1]
        let weights = counts.map { QueryWordMatches.weight(holding: $0, of: 2_000) }
        #expect(weights == weights.sorted() && weights.allSatisfy { (2 ... 6).contains($0) })
        // "cấp" is in hundreds of names, "tàu" in a few dozen: the rare word decides.
        let common = QueryWordMatches(word: "cap", in: ShippedCatalog.index)
        let rare = QueryWordMatches(word: "tau", in: ShippedCatalog.index)
        #expect(rare.weight > common.weight)
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
