import ProcedureCatalog
import Yams

/// A national record as a procedure record of the catalog's format (docs/catalog.md), its texts in
/// Vietnamese.
enum NationalProcedureNode {
    /// `code` only for a new file: a procedure the catalog has keeps its own full code.
    static func make(_ record: NationalRecord, levels: [String], field: String, agency: String?, code: String?,
                     online: Bool) -> Node.Mapping {
        typealias N = ProcedureNode
        var node = ProcedureNode()
        node.set("code", code.map { N.scalar($0, quoted: true) })
        node.set("name", N.vietnamese(record.name))
        node.set("levels", N.list(levels))
        node.set("field", N.scalar(field))
        node.set("agency", agency.map { N.scalar($0) })
        node.set("submit_at", N.vietnamese(record.submitAt))
        if online {
            // How far it is online: the record lists an online channel, or not (the portal's own level is not
            // in the record's keys we know).
            let online = record.channels.contains { $0.kind == .online } ? "partial" : "information"
            node.set("online", Node([(Node("level"), Node(online))]))
        }
        node.set("channels", Node(record.channels.map(channel)))
        node.set("steps", Node(steps(record).map { N.vietnamese($0)! }))
        node.set("documents", Node(record.documents.filter { !$0.items.isEmpty }.map(documents)))
        node.set("applicants", N.vietnamese(record.applicants))
        node.set("conditions", N.vietnamese(record.conditions))
        node.set("results", Node(record.results.map { N.vietnamese($0)! }))
        node.set("legal_basis", Node(record.legalBasis.map(law)))
        if code != nil, !record.keywords.isEmpty {
            node.set("keywords", Node(record.keywords.map { N.vietnamese($0)! }))
        }
        return node.mapping
    }

    /// The steps in order; where the record has several cases, each step says which.
    private static func steps(_ record: NationalRecord) -> [String] {
        let variants = record.steps.filter { !$0.items.isEmpty }
        guard variants.count > 1 else { return variants.first?.items ?? [] }
        return variants.flatMap { variant in variant.items.map { step in variant.name.map { "\($0): \(step)" } ?? step } }
    }

    private static func channel(_ channel: NationalRecord.Channel) -> Node {
        let kind: String = switch channel.kind {
        case .inPerson: "in_person"
        case .online: "online"
        case .post: "post"
        }
        var time: [(Node, Node)] = []
        if channel.time.unit != .sameDay { time.append((Node("value"), Node(String(channel.time.value)))) }
        time.append((Node("unit"), Node(channel.time.unit.rawValue)))
        if let note = channel.time.note { time.append((Node("note"), ProcedureNode.vietnamese(note.vi)!)) }
        let fees = channel.fees.map { fee in
            Node([(Node("amount"), Node(fee.amount.map(String.init) ?? "varies")),
                  (Node("purpose"), ProcedureNode.vietnamese(fee.description.isEmpty ? "Phí, lệ phí" : fee.description)!)])
        }
        return Node([(Node("kind"), Node(kind)), (Node("time"), Node(time)), (Node("fees"), Node(fees, .implicit, .block))])
    }

    private static func documents(_ variant: NationalRecord.Variant<NationalRecord.Document>) -> Node {
        let items = variant.items.map { document -> Node in
            var pairs: [(Node, Node)] = [(Node("name"), ProcedureNode.vietnamese(document.name)!)]
            if let form = document.form { pairs.append((Node("form"), ProcedureNode.vietnamese(form)!)) }
            pairs.append((Node("originals"), Node(String(document.originals))))
            pairs.append((Node("copies"), Node(String(document.copies))))
            return Node(pairs)
        }
        return Node([(Node("variant"), ProcedureNode.vietnamese(variant.name ?? "Mọi trường hợp")!),
                     (Node("items"), Node(items))])
    }

    private static func law(_ law: NationalRecord.Law) -> Node {
        Node([(Node("number"), ProcedureNode.scalar(law.number, quoted: true)),
              (Node("title"), ProcedureNode.vietnamese(law.title)!),
              (Node("issuer"), ProcedureNode.vietnamese(law.issuer.isEmpty ? "Không có thông tin" : law.issuer)!),
              (Node("date"), ProcedureNode.scalar(law.date, quoted: true))])
    }
}
