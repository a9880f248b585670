/// The text of `<sup>` and `<sub>` as Unicode superscript and subscript characters, so that a
/// footnote mark stays apart from the figure it follows (`4<sup>1</sup>` is `4¹`, not `41`) and
/// `m<sup>2</sup>` reads `m²`. Text with a character that has no such form stays as it is
/// (`[1]`, `注`): it cannot be mistaken for part of a number.
enum ScriptedText {
    /// `text` raised, or nil when one of its characters has no superscript form.
    static func superscript(_ text: String) -> String? { map(text, superscripts) }

    /// `text` lowered, or nil when one of its characters has no subscript form.
    static func `subscript`(_ text: String) -> String? { map(text, subscripts) }

    private static func map(_ text: String, _ forms: [Unicode.Scalar: Unicode.Scalar]) -> String? {
        var result = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let form = forms[scalar] {
                result.append(form)
                changed = true
            } else if scalar == " " {
                result.append(scalar)
            } else {
                return nil
            }
        }
        return changed ? String(result) : nil
    }

    private static let superscripts = forms(digits: "⁰¹²³⁴⁵⁶⁷⁸⁹", signs: "⁺⁻⁼⁽⁾")
    private static let subscripts = forms(digits: "₀₁₂₃₄₅₆₇₈₉", signs: "₊₋₌₍₎")

    /// ASCII and full-width digits and `+ - = ( )` (and their full-width forms) to `digits` and `signs`.
    private static func forms(digits: String, signs: String) -> [Unicode.Scalar: Unicode.Scalar] {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (offset, form) in digits.unicodeScalars.enumerated() {
            table[Unicode.Scalar(UInt8(ascii: "0") + UInt8(offset))] = form
            table[Unicode.Scalar(0xFF10 + UInt32(offset))!] = form
        }
        for (source, form) in zip(["+", "-", "=", "(", ")"], signs.unicodeScalars) {
            let scalar = Unicode.Scalar(source)!
            table[scalar] = form
            table[Unicode.Scalar(scalar.value - 0x20 + 0xFF00)!] = form
        }
        return table
    }
}
