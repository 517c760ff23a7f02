import { AsksApp } from '../../components/asks/AsksApp';
import { mountPage } from '../../components/shared/mountPage';

mountPage('asksTitle', <AsksApp />);
