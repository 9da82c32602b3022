/// Word pools the synthetic catalog composes names from: ordinary administrative Vietnamese with English.
enum SyntheticWords {
    typealias Pair = (vi: String, en: String)

    static let topics: [Pair] = [
        ("Hộ tịch", "Civil status"), ("Chứng thực", "Certification"), ("Đất đai", "Land"),
        ("Xây dựng", "Construction"), ("Giao thông", "Transport"), ("Y tế", "Health"),
        ("Giáo dục", "Education"), ("Lao động", "Labour"), ("Người có công", "People with merit"),
        ("Bảo trợ xã hội", "Social protection"), ("Môi trường", "Environment"), ("Tài nguyên nước", "Water resources"),
        ("Văn hóa", "Culture"), ("Du lịch", "Tourism"), ("Thuế", "Taxation"), ("Doanh nghiệp", "Enterprises"),
        ("Hộ kinh doanh", "Household businesses"), ("Cư trú", "Residence"), ("Xuất nhập cảnh", "Immigration"),
        ("Nông nghiệp", "Agriculture"),
    ]

    static let actions: [Pair] = [
        ("Đăng ký", "Registration of"), ("Cấp", "Issuance of"), ("Cấp lại", "Reissuance of"),
        ("Cấp đổi", "Exchange of"), ("Gia hạn", "Extension of"), ("Điều chỉnh", "Amendment of"),
        ("Xác nhận", "Confirmation of"), ("Thẩm định", "Appraisal of"), ("Phê duyệt", "Approval of"),
        ("Thu hồi", "Revocation of"), ("Công nhận", "Recognition of"), ("Chứng nhận", "Certification of"),
        ("Hỗ trợ", "Support for"), ("Giải quyết", "Settlement of"), ("Thông báo", "Notification of"),
    ]

    static let objects: [Pair] = [
        ("giấy phép kinh doanh", "business licence"), ("giấy phép xây dựng", "building permit"),
        ("giấy chứng nhận quyền sử dụng đất", "land use right certificate"), ("hộ chiếu", "passport"),
        ("giấy phép lái xe", "driving licence"), ("thẻ bảo hiểm y tế", "health insurance card"),
        ("chứng chỉ hành nghề", "practising certificate"), ("giấy khai sinh", "birth certificate"),
        ("trích lục kết hôn", "marriage extract"), ("phiếu lý lịch tư pháp", "criminal record certificate"),
        ("giấy phép môi trường", "environmental permit"), ("giấy phép khai thác nước", "water extraction permit"),
        ("trợ cấp xã hội", "social allowance"), ("trợ cấp thất nghiệp", "unemployment benefit"),
        ("giấy phép lao động", "work permit"), ("giấy chứng nhận an toàn thực phẩm", "food safety certificate"),
        ("giấy phép hoạt động khám bệnh", "medical practice licence"), ("bằng tốt nghiệp", "graduation diploma"),
        ("giấy phép biểu diễn", "performance permit"), ("giấy phép quảng cáo", "advertising permit"),
        ("đăng ký tạm trú", "temporary residence record"), ("đăng ký thường trú", "permanent residence record"),
        ("giấy chứng nhận đăng ký xe", "vehicle registration certificate"), ("mã số thuế", "tax code"),
        ("hóa đơn điện tử", "electronic invoice"), ("giấy phép nhập khẩu", "import licence"),
        ("chế độ người có công", "benefits for people with merit"), ("học bổng chính sách", "policy scholarship"),
        ("giấy phép thành lập trường", "school establishment permit"), ("giấy phép lữ hành", "travel agency licence"),
        ("giấy phép đào tạo", "training licence"), ("giấy phép khai thác khoáng sản", "mining licence"),
        ("giấy chứng nhận hợp tác xã", "cooperative certificate"), ("giấy phép vận tải", "transport licence"),
        ("biển số xe", "licence plate"), ("giấy phép sử dụng vật liệu nổ", "explosives use permit"),
        ("giấy phép hoạt động điện lực", "electricity operation licence"), ("giấy chứng nhận kiểm định", "inspection certificate"),
        ("giấy phép chăn nuôi", "livestock farming permit"), ("giấy phép thủy sản", "fisheries licence"),
    ]

    static let qualifiers: [Pair] = [
        ("cho hộ gia đình", "for households"), ("cho doanh nghiệp", "for enterprises"),
        ("có yếu tố nước ngoài", "with a foreign element"), ("tại khu công nghiệp", "in an industrial park"),
        ("trong trường hợp bị mất", "when lost"), ("do hết hạn", "on expiry"),
        ("cho người nước ngoài", "for foreigners"), ("tại khu kinh tế", "in an economic zone"),
        ("cho hợp tác xã", "for cooperatives"), ("trên địa bàn tỉnh", "in the province"),
        ("cho cá nhân", "for individuals"), ("do thay đổi thông tin", "after a change of details"),
    ]
}
