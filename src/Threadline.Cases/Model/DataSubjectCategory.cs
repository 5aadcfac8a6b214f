namespace Threadline.Cases.Model;

/// <summary>
/// The category of data subject every person in a case must have: Law Enforcement Directive (EU) 2016/680, Art. 6 —
/// (a) suspects, (b) convicted persons, (c) victims or possible victims, (d) other parties such as witnesses and
/// contacts or associates.
/// </summary>
public enum DataSubjectCategory
{
    Suspect,
    Convicted,
    Victim,
    Witness,
    Contact,
    Other,
}
