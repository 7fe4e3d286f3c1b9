namespace Pipeline.Language;

/// <summary>The English citation vocabulary (Chicago, MLA, Harvard and older government styles).</summary>
public static class EnglishCitations
{
    public static CitationVocabulary Vocabulary { get; } = new()
    {
        Language = "en",
        Ibid = ["ibid.", "ibidem", "ibid"],
        IbidAtStart = ["id.", "idem"],
        OpCit = ["op. cit.", "op.cit.", "loc. cit.", "loc.cit."],
        Cues = ["see also", "see, e.g.,", "see, for example,", "see", "also see", "cf.", "compare", "quoted in", "cited in", "reprinted in"],
        EditedBy = ["edited by", "eds.", "ed."],
        TranslatedBy = ["translated by", "trans.", "tr."],
        ContributedBy = ["with a preface by", "with an introduction by", "with a foreword by", "introduction by", "preface by", "foreword by"],
        Months =
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
            "Spring", "Summer", "Autumn", "Fall", "Winter",
        ],
        Locators = ["pp.", "p.", "vols.", "vol.", "chapter", "chap.", "ch.", "nn.", "n.", "nos.", "no.", "§§", "§", "fols.", "fol.", "col.", "sec.", "pt.", "bk.", "art.", "ff.", "f.", "para."],
        PeriodicalWords =
        [
            "Times", "Journal", "Review", "Quarterly", "Magazine", "Gazette", "Herald", "Chronicle", "Bulletin", "News",
            "Daily", "Weekly", "Monthly", "Tribune", "Post", "Courier", "Observer", "Guardian", "Telegraph", "Register",
            "Advertiser", "Democrat", "Republican", "Express", "Caledonian", "Sentinel", "Recorder", "Mercury", "Intelligencer",
        ],
        BodyWords =
        [
            "Society", "Committee", "Commission", "Office", "Department", "Bureau", "Board", "Council", "Service", "Agency",
            "Ministry", "Administration", "Survey", "University", "College", "Institute", "Institution", "Association",
            "Foundation", "Library", "Museum", "Archives", "Company", "Corporation", "Congress", "Parliament", "Senate",
            "Government", "Union", "League", "Club", "Trust", "Division", "Centre", "Center", "Station",
        ],
        Hereafter = ["hereafter cited as", "hereafter"],
        TitleCues = ["entitled", "titled", "book,", "book", "study,", "study", "monograph,", "monograph"],
        ContainerWords = ["in"],
    };
}
