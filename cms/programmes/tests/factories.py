from cms.programmes.models import ProgrammePage
from home.tests.factories import PageFactory


class ProgrammePageFactory(PageFactory):
    class Meta:
        model = ProgrammePage

    title = "居場所づくり立ち上げ補助金"
    slug = "grant"
    summary = "居場所の立ち上げ費用を補助します。"
    amount_yen = 300000
    max_years = 3
