import Conversion
import Foundation

/// Recognises, in a batch converted to JSON into its own folder (`convert legacy -o legacy`), the
/// outputs of an earlier run: an input `x.json` that is the output path of `x.txt`, and whose
/// provenance names `x.txt` as its source, is that earlier run's output, not an input.
///
/// Why: the second run of such a batch found each earlier output among its inputs and refused both
/// it ("is an input file; not overwritten") and its source ("already the output of x.json"), so
/// the folder could not be converted again after a fix or a new batch of files. An `x.json` that
/// is not Gazette's output of `x.txt` (another program's JSON, a different source) stays an input,
/// and the clash is refused as before.
enum EarlierOutput {
    /// True when the file at `candidate` is a Gazette JSON document whose source is `source`'s name.
    static func isOutput(_ candidate: FilePath, of source: InputFile) -> Bool {
        guard let bytes = try? FileIO.read(candidate),
              bytes.starts(with: Array("{\n  \"schema\": \"gazette.document/1\"".utf8)),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let provenance = object["provenance"] as? [String: Any]
        else { return false }
        let name = SourceName(bytes: source.path.lastComponent.bytes)
        if let hex = provenance["sourceNameHex"] as? String { return hex == name.hex }
        return name.isValidUTF8 && provenance["sourceName"] as? String == name.display
    }
}
