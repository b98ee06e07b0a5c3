import UIKit

final class KeyboardLanguage {
    func current(for field: UITextField) -> String? {
        field.textInputMode?.primaryLanguage
    }

    func installed() -> [String] {
        UITextInputMode.activeInputModes.compactMap { $0.primaryLanguage }
    }
}
