"""SRO Desktop: Sozialraumorientierung in der Kinder- und Jugendhilfe."""

__version__ = "0.1.0"
