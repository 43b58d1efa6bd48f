"""Case studies and their index: ``cms/demo/data/ja/stories.toml``."""

from cms.demo.content import read

STORIES = read("ja/stories.toml")

CASE_STUDY_INDEX = STORIES["index"]
CASE_STUDIES = STORIES["case_studies"]
