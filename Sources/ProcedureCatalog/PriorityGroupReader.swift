import Foundation

extension CatalogLoader {
    /// `queue.yaml`, optional: the priority groups (none without the file: the kiosk then asks nobody).
    static func readPriorityGroups(_ path: String, problems: inout [CatalogProblem]) -> [PriorityGroup]? {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let groups = readFile(path, problems: &problems, { $0.records("priority_groups", readPriorityGroup) }) ?? nil
        else { return nil }
        var first: [String: FileLocation] = [:]
        for group in groups {
            if let earlier = first[group.value.id] {
                problems.append(CatalogProblem(location: group.location, procedure: nil, field: "\(group.path).id",
                                               kind: .duplicate(firstAt: earlier)))
            } else {
                first[group.value.id] = group.location
            }
        }
        return groups.map(\.value)
    }

    private static func readPriorityGroup(_ object: YAMLObject) -> Located<PriorityGroup>? {
        let id = object.string("id")
        let name = object.text("name")
        let basis = object.text("basis")
        if let id, !PriorityGroup.isValidID(id) {
            object.log.report(.notAllowed(id, allowed: ["2–24 a-z 0-9 -"]), at: object.node("id"), field: object.keyPath("id"))
            return nil
        }
        guard let id, let name, let basis else { return nil }
        return Located(PriorityGroup(id: id, name: name, basis: basis), object: object)
    }
}
