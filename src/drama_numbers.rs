//! Phone numbers that are never anyone's: the ranges Ofcom keeps for
//! television, radio and theatre drama (Ofcom, "TV, radio and theatre
//! phone numbers"), which `lantern init` uses for its examples. A site
//! that still shows one has not put in its own number yet, and `check`
//! says so.

/// The digits each reserved range starts with, the rest of its digits
/// being free: `01632 960000` to `01632 960999` is "01632960".
const RESERVED: [&str; 19] = [
    "01134960", "01144960", "01154960", "01164960", "01174960", "01184960", "01214960", "01314960",
    "01414960", "01514960", "01614960", "02079460", "02896496", "02920180", "01632960", "07700900",
    "08081570", "09098790", "03069990",
];

/// Whether `number`, written as people write it ("01632 960000",
/// "+44 1632 960000"), is in a range kept for drama.
pub fn is_reserved_for_drama(number: &str) -> bool {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.strip_prefix("44") {
        Some(rest) if number.trim_start().starts_with('+') => format!("0{rest}"),
        _ => digits,
    };
    national.len() == 11 && RESERVED.iter().any(|prefix| national.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drama_numbers_are_known_and_real_ones_are_not() {
        for drama in [
            "01632 960000",
            "01632 960999",
            "+44 1632 960123",
            "020 7946 0000",
            "07700 900461",
            "0113 496 0999",
        ] {
            assert!(is_reserved_for_drama(drama), "{drama}");
        }
        for real in [
            "01642 130700",
            "01642 524552",
            "01632 961000",
            "020 7946 1000",
            "999",
            "0800 1111",
        ] {
            assert!(!is_reserved_for_drama(real), "{real}");
        }
    }
}
