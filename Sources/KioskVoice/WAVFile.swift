import Foundation

/// 16-bit mono PCM in a RIFF/WAVE file, as sox and every player read it.
public enum WAVFile {
    public static func data(_ samples: [Int16], sampleRate: Int) -> Data {
        var data = Data()
        func add<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        let payload = samples.count * 2
        data.append(contentsOf: Array("RIFF".utf8))
        add(UInt32(36 + payload))
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        add(UInt32(16))
        add(UInt16(1))  // PCM
        add(UInt16(1))  // mono
        add(UInt32(sampleRate))
        add(UInt32(sampleRate * 2))
        add(UInt16(2))
        add(UInt16(16))
        data.append(contentsOf: Array("data".utf8))
        add(UInt32(payload))
        for sample in samples { add(sample) }
        return data
    }
}
