// The short money form ("€2.48m", "€725k", "€15k") lives with every other figure in server/format.
export { formatMoneyShort } from "@/server/format/figures";
