from cms.core.staff import staff_emails


def place_reviewer_emails():
    """The addresses of the active staff who may change community places: they
    are told of new applications, re-submissions and lapsed listings."""
    return staff_emails("places.change_communityplace")
