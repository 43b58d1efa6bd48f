"""The demo's facts, as data. Sentences are written for the demo; people are invented.

Facts about past events (dates, venues, capacities, fees, programmes) follow the
public pages the product was conceived from; names of people never do.
"""
