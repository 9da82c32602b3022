/// What citizens type, each measured keystroke by keystroke as the kiosk searches on every key: without
/// diacritics, with them, with typos, in English, by code. Synthetic catalogs use the same vocabulary.
enum BenchQueries {
    static let all = [
        "dang ky khai sinh", "ho chieu", "giay phep lai xe", "chung thuc ban sao", "dang ky tam tru",
        "cap lai giay chung nhan quyen su dung dat", "ket hon", "bao hiem xa hoi", "thanh lap doanh nghiep",
        "đăng ký thường trú", "cấp căn cước", "khai snih", "giay phep xay dung", "birth registration", "passport",
        "driving licence", "1.001193", "2.000488", "tro cap xa hoi", "ho kinh doanh",
    ]

    /// Every prefix of every query: what the index sees as the citizen types.
    static var keystrokes: [String] {
        all.flatMap { query in (1 ... query.count).map { String(query.prefix($0)) } }
    }
}
