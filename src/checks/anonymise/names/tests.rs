//! Table tests of the name detector: names in the shapes reviews write
//! them, and the everyday words and proper nouns that look like them.

use super::find;

fn names(text: &str) -> Vec<&str> {
    find(text, true).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn names_fire() {
    let cases = [
        ("Her mother, Sarah, called.", "Sarah"),
        ("Tyler's teacher raised a concern.", "Tyler"),
        ("Mrs Kowalska spoke to the GP.", "Mrs Kowalska"),
        ("The GP, Dr Patel, saw him.", "Dr Patel"),
        ("Mr. Thompson was not told.", "Mr. Thompson"),
        ("The visit by Grace Nowak was missed.", "Grace Nowak"),
        ("Her brother, Will, was at school.", "Will"),
        ("They stayed with Grace at weekends.", "Grace"),
        ("Will Thompson was the lodger.", "Will Thompson"),
        ("Aaliyah was seen at nursery.", "Aaliyah"),
        ("Łukasz Wójcik moved in.", "Łukasz Wójcik"),
        ("A baby named Hope was born.", "Hope"),
    ];
    for (text, name) in cases {
        assert_eq!(names(text), [name], "{text}");
    }
}

#[test]
fn look_alikes_are_quiet() {
    let cases = [
        "In May the panel met.",
        "On Sunday the family went out.",
        "Referrals rose in the year.",
        "Mark the date in your diary.",
        "She accepted help with grace.",
        "Frank conversations helped.",
        "Will the learning be shared?",
        "Hope was not enough.",
        "Mother and Father took part.",
        "The Independent Chair wrote the report.",
        "Child D and Baby H lived with Mother.",
        "Barnardo's ran the service at Jubilee House.",
        "The Multi-Agency Safeguarding Hub was told.",
        "## Working Together to Safeguard Children",
        "The family marked Eid, Diwali and Christmas.",
        "She was seen at St Mary's Hospital.",
        "The Court made an order and the Panel agreed.",
        "Redcar & Cleveland Safeguarding Children Board",
        "Read it at https://example.org/Sarah-Jones or @Tyler_Smith.",
    ];
    for text in cases {
        assert_eq!(names(text), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn other_languages_need_a_title_or_a_second_name() {
    let cases = [
        ("Ta ulotka wyjaśnia, co dzieje się.", vec![]),
        ("Pani Kowalska rozmawiała z lekarzem.", vec!["Pani Kowalska"]),
        ("Zofia Nowak chodziła do przedszkola.", vec!["Zofia Nowak"]),
        ("Zofia chodziła do przedszkola.", vec![]),
    ];
    for (text, expected) in cases {
        let found: Vec<&str> = find(text, false).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, expected, "{text}");
    }
}
